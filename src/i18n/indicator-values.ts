/** An indicator value as readers see it: in its unit, in the page's language, with its date and source. */

import { sourceLabel } from '../model/indicator-series.ts';
import { byId } from '../model/queries.ts';
import type { IndicatorValue, Lang, Model } from '../model/types.ts';
import { formatNumber, formatPartialDate, formatPercent } from './format.ts';
import { t } from './ui.ts';

export function formatValue(lang: Lang, model: Model, value: IndicatorValue): string {
  const unit = byId(model.indicators, value.indicatorId).unit;
  const text = unit === 'percent' ? formatPercent(lang, value.value) : formatNumber(lang, value.value);
  // "about 3,000" where the source gives a round or approximate figure, never an exact-looking one.
  return value.approximate ? t(lang, 'value.approximate', { value: text }) : text;
}

/** "26 (2018, source)" for tooltips and descriptions. */
export function valueSentence(lang: Lang, model: Model, value: IndicatorValue): string {
  return `${formatValue(lang, model, value)} (${formatPartialDate(lang, value.date)}, ${sourceLabel(model, value.sourceId)})`;
}
