/**
 * What the two indicator charts share (`connectivity-timeline`, `public-services-online`): values
 * placed in time without pretending to a precision the source lacks. An exact day is a point; a
 * month, a year or a range inferred from an undated page is a thin line with end caps over the
 * whole time it may be; a value no source dates stands in a lane of its own right of the axis.
 */
import * as Plot from '@observablehq/plot';
import { utcYear } from 'd3';
import type { PartialDate } from '../data/partial-date.ts';
import type { NotReported } from '../data/schema.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import { valueSentence } from '../i18n/indicator-values.ts';
import { LANGS } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { instantSpan, sourceLabel } from '../model/indicator-series.ts';
import type { Indicator, IndicatorValue, Lang, Model, Names } from '../model/types.ts';
import { textWidth } from '../text-width.ts';
import type { ChartTable } from './definition.ts';
import { fillClass, PALETTE, strokeClass } from './palette.ts';
import { keyed, plotWrap } from './render-svg.ts';

/** When a value applies: a day, a span (month, year, range), or not stated. */
export type When =
  | { readonly kind: 'day'; readonly at: Date }
  | { readonly kind: 'span'; readonly start: Date; readonly end: Date; readonly mid: Date }
  | { readonly kind: 'undated' };

export interface ValueRow {
  readonly id: string;
  readonly indicatorId: string;
  readonly names: Names;
  readonly unit: Indicator['unit'];
  readonly value: number;
  readonly date: PartialDate | NotReported;
  readonly when: When;
  readonly sourceId: string;
  readonly source: string;
}

function whenOf(date: PartialDate | NotReported): When {
  if (date === 'not-reported') return { kind: 'undated' };
  const { start, end } = instantSpan(date);
  // A one-day span is a point in time; anything longer is drawn as the span it is.
  if (end.getTime() - start.getTime() <= 86_400_000) return { kind: 'day', at: start };
  // The span's end is the instant after its last day; the line ends on that last day.
  const last = new Date(end.getTime() - 86_400_000);
  return { kind: 'span', start, end: last, mid: new Date((start.getTime() + last.getTime()) / 2) };
}

function valueRow(model: Model, indicator: Indicator, v: IndicatorValue): ValueRow {
  return {
    id: v.id,
    indicatorId: indicator.id,
    names: indicator.names,
    unit: indicator.unit,
    value: v.value,
    date: v.date,
    when: whenOf(v.date),
    sourceId: v.sourceId,
    source: sourceLabel(model, v.sourceId),
  };
}

export const formatRowValue = (lang: Lang, r: Pick<ValueRow, 'unit' | 'value'>): string =>
  r.unit === 'percent' ? formatPercent(lang, r.value) : formatNumber(lang, r.value);

/** The unit column of a chart's table. */
export const unitLabel = (lang: Lang, unit: Indicator['unit']): string =>
  t(lang, unit === 'percent' ? 'chart.unit.percent' : 'chart.unit.count');

/** Where a value stands on the time axis, or null when undated. */
export const timeOf = (w: When): Date | null => (w.kind === 'day' ? w.at : w.kind === 'span' ? w.mid : null);

/** Whole years around every dated value: the axis every panel of a chart shares. */
function yearDomain(rows: readonly { readonly date: PartialDate | NotReported }[]): [Date, Date] {
  const spans = rows.flatMap((r) => (r.date === 'not-reported' ? [] : [instantSpan(r.date)]));
  if (spans.length === 0) return [new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2019, 0, 1))];
  const first = Math.min(...spans.map((s) => s.start.getUTCFullYear()));
  const last = Math.max(...spans.map((s) => new Date(s.end.getTime() - 1).getUTCFullYear()));
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
}

const hasUndated = (rows: readonly { readonly date: PartialDate | NotReported }[]): boolean =>
  rows.some((r) => r.date === 'not-reported');

/** The x scale of a time strip: years as ticks, as many as fit at about 44 px apart. */
export function timeScale(domain: [Date, Date], plotWidth: number): Plot.ScaleOptions {
  const years = domain[1].getUTCFullYear() - domain[0].getUTCFullYear();
  const every = Math.max(1, Math.ceil(44 / (plotWidth / Math.max(1, years))));
  const interval = utcYear.every(every);
  return {
    type: 'utc',
    domain,
    ...(interval ? { ticks: interval } : {}),
    tickFormat: '%Y',
    grid: true,
    label: null,
  };
}

/** px between the lane's left edge and its heading. */
const LANE_HEAD_INSET = 2;

/**
 * The width of the lane for undated values, right of the time axis: wide enough for the longest word
 * of its heading, which cannot wrap (Kazakh "көрсетілмеген" is wider than the phone's 84 px lane).
 */
export function laneWidth(width: number, undated: boolean, lang: Lang): number {
  if (!undated) return 0;
  const words = t(lang, 'date.notReported').split(/\s+/);
  const longest = Math.max(...words.map((w) => textWidth(w, 12)));
  return Math.max(width < 480 ? 84 : 128, Math.ceil(longest) + LANE_HEAD_INSET);
}

/**
 * The date marks of value rows at `y`: a dot for a day, a thin line with end caps for a span.
 * `hollow` rows (targets) get a ring instead of a dot.
 */
export function dateMarks<T extends { readonly key: string; readonly when: When }>(
  rows: readonly T[],
  y: (d: T) => number | string,
  options: { readonly hollow?: (d: T) => boolean } = {},
): Plot.Markish[] {
  const spans = rows.filter((r) => r.when.kind === 'span');
  const days = rows.filter((r) => r.when.kind === 'day');
  const startOf = (d: T) => (d.when.kind === 'span' ? d.when.start : null);
  const endOf = (d: T) => (d.when.kind === 'span' ? d.when.end : null);
  const byKey = <U extends { key: string }>(data: readonly U[]) => keyed((d: U) => d.key, data);
  const stroke = { stroke: PALETTE.series.light, className: strokeClass('series') };
  const hollow = options.hollow ?? (() => false);
  const filledDays = days.filter((d) => !hollow(d));
  // A target is a ring wherever it stands, at the middle of its span when it has one.
  const ringDays = rows.filter((r) => r.when.kind !== 'undated' && hollow(r));
  return [
    Plot.ruleY(spans, { y, x1: startOf, x2: endOf, strokeWidth: 2, ...stroke, render: byKey(spans) }),
    // End caps: a rule of no length at the value, stretched 4 px up and down by negative insets.
    ...([startOf, endOf] as const).map((x) =>
      Plot.ruleX(spans, {
        x,
        y1: y,
        y2: y,
        insetTop: -4,
        insetBottom: -4,
        strokeWidth: 2,
        ...stroke,
        render: byKey(spans),
      }),
    ),
    Plot.dot(filledDays, {
      x: (d: T) => timeOf(d.when),
      y,
      r: 4.5,
      fill: PALETTE.series.light,
      className: fillClass('series'),
      render: byKey(filledDays),
    }),
    Plot.dot(ringDays, {
      x: (d: T) => timeOf(d.when),
      y,
      r: 4.5,
      fill: 'none',
      strokeWidth: 2,
      ...stroke,
      render: byKey(ringDays),
    }),
  ];
}

/** A row of an indicator chart: its value, a key unique in the chart, and its sentence in every language. */
export interface SentencedRow extends ValueRow {
  readonly key: string;
  readonly sentence: Readonly<Record<Lang, string>>;
}

/** The rows of one indicator's values, each keyed and with its sentence (the tooltip and the description). */
export function sentencedRows(
  model: Model,
  indicator: Indicator,
  values: readonly IndicatorValue[],
  keyOf: (v: IndicatorValue) => string,
): SentencedRow[] {
  return values.map((v) => ({
    ...valueRow(model, indicator, v),
    key: keyOf(v),
    sentence: Object.fromEntries(LANGS.map((l) => [l, valueSentence(l, model, v)])) as Record<Lang, string>,
  }));
}

/** The time axis every panel of a chart shares, and whether it needs the undated lane. */
export const timeAxis = (
  rows: readonly { readonly date: PartialDate | NotReported }[],
): { readonly domain: [Date, Date]; readonly undated: boolean } => ({
  domain: yearDomain(rows),
  undated: hasUndated(rows),
});

/** The lane's heading ("date not reported"), wrapped to the lane: its lines, for a chart that makes room for them. */
export const laneHeadingLines = (lang: Lang, lane: number): string[] =>
  lane ? (plotWrap([t(lang, 'date.notReported')], (lane - 8) / 11)[0] ?? []) : [];

/**
 * The undated lane: a marker for each value no source dates, right of the time axis (a ring for a
 * target, dashed where asked), and the lane's heading above it, where the panel's top margin is.
 */
export function undatedLane<T>(
  rows: readonly T[],
  options: {
    readonly y: (d: T) => number | string;
    readonly keyOf: (d: T) => string;
    readonly lane: number;
    /** px from the plot's right edge to where the lane starts. */
    readonly gap: number;
    readonly heading: readonly string[];
    /** Where the heading's first (`top`) or last (`bottom`) line stands, from the plot's top. */
    readonly headingDy: number;
    readonly headingAnchor: 'top' | 'bottom';
    readonly hollow?: boolean;
    readonly dashed?: boolean;
  },
): Plot.Markish[] {
  if (rows.length === 0 || options.lane === 0) return [];
  const { lane, gap } = options;
  return [
    Plot.dot(rows, {
      y: options.y,
      frameAnchor: 'right',
      dx: lane / 2 + gap,
      r: 4.5,
      fill: options.hollow ? 'none' : PALETTE.series.light,
      stroke: PALETTE.series.light,
      strokeWidth: 2,
      ...(options.dashed ? { strokeDasharray: '2 2' } : {}),
      className: strokeClass('series'),
      render: keyed(options.keyOf, rows),
    }),
    Plot.text([options.heading.join('\n')], {
      frameAnchor: 'top-right',
      dx: gap + LANE_HEAD_INSET,
      dy: options.headingDy,
      text: (d: string) => d,
      textAnchor: 'start',
      lineAnchor: options.headingAnchor,
      lineHeight: 16 / 12,
      fontStyle: 'italic',
      fill: PALETTE.muted.light,
      className: fillClass('muted'),
    }),
  ];
}

type Column = ChartTable['columns'][number];

/** The table columns of an indicator chart: the indicator, the chart's own column, value, unit, date, (its note,) source. */
export const indicatorColumns = (lang: Lang, own: Column, beforeSource: readonly Column[] = []): Column[] => [
  { key: 'indicator', label: t(lang, 'chart.col.indicator') },
  own,
  { key: 'value', label: t(lang, 'chart.col.value'), numeric: true },
  { key: 'unit', label: t(lang, 'chart.col.unit') },
  { key: 'date', label: t(lang, 'chart.col.date') },
  ...beforeSource,
  { key: 'source', label: t(lang, 'chart.col.source') },
];
