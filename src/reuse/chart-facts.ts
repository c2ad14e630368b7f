/**
 * What every appearance of a chart outside the story says about it, in one language: title, sources,
 * the date of its data and the data version. The embed page, the images, the citation and oEmbed
 * all read it here, so they cannot disagree.
 */

import { type RegisteredChart as Embeddable, prepareChart } from '../charts/registry.ts';
import { parsePartialDate } from '../data/partial-date.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { sourceText } from '../i18n/source-display.ts';
import { t } from '../i18n/ui.ts';
import type { DataVersion } from '../model/load-data-version.ts';
import { siteRegion, sourceOf } from '../model/queries.ts';
import type { Lang, Model, Source } from '../model/types.ts';

export interface ChartFacts {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly siteName: string;
  readonly sources: readonly Source[];
  /** "Source" or "Sources", by count. */
  readonly sourceLabel: string;
  /** The sources in one line: title (with its translation) or description, publisher, date. */
  readonly sourceLine: string;
  /** "Data as of …", or null when no date is known. */
  readonly dataAsOf: string | null;
  /** The data's git commit and its date, e.g. `26aaa87 (2025-11-28)`, in the reader's date format. */
  readonly version: string;
  readonly notes: readonly string[];
}

/** The data version as readers see it; unknown outside git and for fixture models, which have none. */
export function versionText(lang: Lang, version: DataVersion | undefined): string {
  const { short, date } = version ?? { short: null, date: null };
  if (!short) return t(lang, 'embed.versionUnknown');
  const parsed = date ? parsePartialDate(date) : null;
  return parsed ? `${short} (${formatPartialDate(lang, parsed)})` : short;
}

export function chartFacts(model: Model, lang: Lang, e: Embeddable): ChartFacts {
  const chart = prepareChart(model, e.chart.id);
  const sources = chart.sourceIds.map((id) => sourceOf(model, id));
  const asOf = chart.dataAsOf;
  return {
    id: chart.id,
    title: chart.title(lang),
    subtitle: chart.subtitle(lang),
    siteName: t(lang, 'site.name', { region: siteRegion(model).shortNames[lang] }),
    sources,
    sourceLabel: t(lang, sources.length > 1 ? 'source.sources' : 'source.label'),
    sourceLine: sources.map((s) => sourceText(lang, s)).join('; '),
    dataAsOf: asOf ? t(lang, 'embed.dataAsOf', { date: formatPartialDate(lang, asOf) }) : null,
    version: versionText(lang, model.dataVersion),
    notes: chart.notes(lang),
  };
}
