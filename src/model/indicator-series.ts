/** Indicator values placed in time, and who reported them. Pure; their text is `i18n/indicator-values.ts`. */
import { compareDates, dateSpan, type PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import { seriesOf, sourceOf } from './queries.ts';
import type { Indicator, IndicatorValue, Model } from './types.ts';

export interface Series {
  readonly indicator: Indicator;
  readonly values: readonly IndicatorValue[];
}

/** The series of the given indicators that have values for the region, in the order asked. */
export function seriesFor(model: Model, indicatorIds: readonly string[], regionId: string): Series[] {
  return indicatorIds.flatMap((id) => {
    const indicator = model.indicators.find((i) => i.id === id);
    const values = indicator ? seriesOf(model, id, regionId) : [];
    return indicator && values.length > 0 ? [{ indicator, values }] : [];
  });
}

export type DatedValue = IndicatorValue & { readonly date: PartialDate };

export const isDated = (v: IndicatorValue): v is DatedValue => v.date !== NOT_REPORTED;

/** First instant and the instant after the last day a date covers, for drawing it as a span. */
export function instantSpan(date: PartialDate): { start: Date; end: Date } {
  const { first, last } = dateSpan(date);
  const end = new Date(`${last}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: new Date(`${first}T00:00:00Z`), end };
}

/** The middle of the span, where a single point for that date is drawn. */
export function midpoint(date: PartialDate): Date {
  const { start, end } = instantSpan(date);
  return new Date((start.getTime() + end.getTime()) / 2);
}

/** Who said it, as short as the source allows: the publisher, or the title when none was kept. */
export function sourceLabel(model: Model, sourceId: string): string {
  const source = sourceOf(model, sourceId);
  return source.publisher ?? source.title;
}

/** The latest date among values, by the last day it covers. */
export function latestDate(values: readonly Pick<IndicatorValue, 'date'>[]): PartialDate | null {
  const dated = values.flatMap((v) => (v.date === NOT_REPORTED ? [] : [v.date]));
  dated.sort((a, b) => {
    const la = dateSpan(a).last;
    const lb = dateSpan(b).last;
    return la < lb ? -1 : la > lb ? 1 : compareDates(a, b);
  });
  return dated.at(-1) ?? null;
}

export const uniqueSources = (values: readonly Pick<IndicatorValue, 'sourceId'>[]): string[] => [
  ...new Set(values.map((v) => v.sourceId)),
];
