/**
 * Turns the model's figures into cited ones for CitedText: the figure as the page's language
 * writes it, with the footnote number the page's Citations gives its source. The story's sections
 * share one Citations, so a source keeps one number wherever a section cites it.
 */
import { formatNumber } from '../../i18n/format.ts';
import { formatValue } from '../../i18n/indicator-values.ts';
import type { Citations } from '../../model/citations.ts';
import type { IndicatorValue, Lang, Model } from '../../model/types.ts';

export interface Cited {
  readonly text: string;
  readonly sourceId: string;
  /** Footnote number, from the page's Citations. */
  readonly n: number;
}

export interface Citer {
  /** An indicator value, formatted with its unit, cited to its own source. */
  readonly cite: (v: IndicatorValue) => Cited;
  /** A count the page derived from a source's rows (not itself a value), cited to that source. */
  readonly citeCount: (n: number, sourceId: string) => Cited;
}

export function citer(lang: Lang, model: Model, citations: Citations): Citer {
  return {
    cite: (v) => ({ text: formatValue(lang, model, v), sourceId: v.sourceId, n: citations.cite(v.sourceId) }),
    citeCount: (n, sourceId) => ({ text: formatNumber(lang, n), sourceId, n: citations.cite(sourceId) }),
  };
}
