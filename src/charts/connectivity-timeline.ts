/**
 * Chart `connectivity-timeline`: one row per definition of "connected", each value drawn over the
 * time it applies to (a year is a year-long bar; a range inferred from an undated page is a long
 * one). Rows are never stacked or put on one value axis: they measure different things. Values
 * whose date no source gives stand in their own column, outside the time axis. The country's rows
 * follow the region's under their own heading: they are a backdrop, never a total the region's
 * rows are a part of.
 */
import * as Plot from '@observablehq/plot';
import { scaleUtc } from 'd3';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { formatValue, valueSentence } from '../i18n/indicator-values.ts';
import { t } from '../i18n/ui.ts';
import {
  instantSpan,
  isDated,
  latestDate,
  type Series,
  seriesFor,
  sourceLabel,
  uniqueSources,
} from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { IndicatorValue, Lang, Model, Region } from '../model/types.ts';
import type { ChartDefinition, ChartTable } from './definition.ts';
import { WIDE } from './definition.ts';
import {
  GAP,
  LABEL,
  LABEL_LINE,
  rowChartScales,
  rowTextMarks,
  TRACK,
  timeGridMarks,
  unitLabel,
} from './indicator-rows.ts';
import { lines } from './marks.ts';
import { fillClass, PALETTE } from './palette.ts';
import { chartFrame, keyed, renderSvg } from './render-svg.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** The connectivity indicators, in reading order: 2018's count first, then the later measures. */
export const CONNECTIVITY_INDICATORS = [
  'villages-without-internet',
  'settlements-no-mobile-internet',
  'settlements-2g3g-only',
  'settlements-4g',
  'settlements-4g-planned',
  'settlements-fibre',
  'settlements-high-speed-share',
  'settlements-total',
  'settlements-state-offices-fibre',
  'state-offices-fibre',
] as const;

/** The country's connectivity measures drawn below the region's, each its own definition. */
export const NATIONAL_CONNECTIVITY_INDICATORS = [
  'settlements-state-offices-fibre',
  'settlements-with-internet',
  'villages-no-mobile-internet-share',
  'villages-fibre',
  'villages-total',
] as const;

/** Categories one source gives for the same settlements; if they sum past the total, they overlap. */
const CATEGORIES = ['settlements-2g3g-only', 'settlements-4g', 'settlements-no-mobile-internet'];

const BAR = 10;
const MIN_BAR = 3;

interface Group {
  readonly region: Region;
  readonly series: readonly Series[];
  /** Row keys must be unique in a chart; the country's rows carry their region in the key. */
  readonly national: boolean;
}

function connectivityGroups(model: Model): Group[] {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const groups: Group[] = [
    { region, series: seriesFor(model, CONNECTIVITY_INDICATORS, region.id), national: false },
  ];
  if (country)
    groups.push({
      region: country,
      series: seriesFor(model, NATIONAL_CONNECTIVITY_INDICATORS, country.id),
      national: true,
    });
  return groups.filter((g) => g.series.length > 0);
}

function connectivitySeries(model: Model): Series[] {
  return connectivityGroups(model).flatMap((g) => [...g.series]);
}

const rowKey = (g: Group, s: Series) => (g.national ? `${s.indicator.id}--${g.region.id}` : s.indicator.id);

const allValues = (series: readonly Series[]) => series.flatMap((s) => s.values);

function rowTip(lang: Lang, model: Model, s: Series): string {
  return `${s.indicator.names[lang]}: ${s.values.map((v) => valueSentence(lang, model, v)).join('; ')}.`;
}

function yearsDomain(series: readonly Series[]): [Date, Date] {
  const spans = allValues(series)
    .filter(isDated)
    .map((v) => instantSpan(v.date));
  const first = Math.min(...spans.map((s) => s.start.getUTCFullYear()));
  // A span ending on 1 January belongs to the year before.
  const last = Math.max(...spans.map((s) => new Date(s.end.getTime() - 1).getUTCFullYear()));
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
}

function draw(model: Model, lang: Lang, width: number): string {
  const groups = connectivityGroups(model);
  const series = groups.flatMap((g) => [...g.series]);
  const values = allValues(series);
  const undated = values.some((v) => !isDated(v));
  const laneWidth = undated ? (width < 420 ? 70 : 104) : 0;
  const timeRight = width - laneWidth - (undated ? 12 : 6);
  const x = scaleUtc(yearsDomain(series), [4, timeRight]);
  const px = (p: number) => x.invert(p);

  let y = 4;
  // The column's heading may reach left over the empty top of the time area, never past the edge.
  const laneHeader = undated ? wrapText(t(lang, 'date.notReported'), Math.max(laneWidth, 120), 11) : [];
  y += laneHeader.length * 13 + (undated ? 8 : 0);
  const rowsTop = y;
  const labels: { key: string; y: number; text: string }[] = [];
  const headings: { y: number; text: string }[] = [];
  const bars: { key: string; y1: number; y2: number; start: Date; end: Date }[] = [];
  const texts: { key: string; y: number; x: Date; text: string; anchor: 'start' | 'end' }[] = [];
  const dots: { key: string; y: number; x: Date }[] = [];
  const hits: { key: string; y1: number; y2: number; tip: string }[] = [];
  const rows = groups.flatMap((g) => g.series.map((s, i) => ({ g, s, first: i === 0 })));
  for (const { g, s, first } of rows) {
    // Headings only when the country's rows are there to tell apart from the region's.
    if (first && groups.length > 1) {
      const text = wrapText(g.region.names[lang], width - 8, LABEL, true);
      headings.push({ y, text: lines(text) });
      y += text.length * LABEL_LINE + 4;
    }
    const key = rowKey(g, s);
    const top = y;
    const labelLines = wrapText(s.indicator.names[lang], width - 8, LABEL);
    labels.push({ key, y, text: lines(labelLines) });
    y += labelLines.length * LABEL_LINE + 2;
    const mid = y + TRACK / 2;
    for (const v of s.values) {
      const text = formatValue(lang, model, v);
      const w = textWidth(text, LABEL);
      if (!isDated(v)) {
        dots.push({ key, y: mid, x: px(timeRight + 18) });
        texts.push({ key, y: mid, x: px(timeRight + 26), text, anchor: 'start' });
        continue;
      }
      const span = instantSpan(v.date);
      const start = span.start;
      // A single day would be thinner than a pixel: it is drawn as a tick, still at its place.
      const end = x(span.end) - x(start) < MIN_BAR ? px(x(start) + MIN_BAR) : span.end;
      bars.push({ key, y1: mid - BAR / 2, y2: mid + BAR / 2, start, end });
      const after = x(end) + 4;
      const fitsAfter = after + w <= timeRight;
      texts.push({
        key,
        y: mid,
        x: px(fitsAfter ? after : x(start) - 4),
        text,
        anchor: fitsAfter ? 'start' : 'end',
      });
    }
    y += TRACK;
    hits.push({ key, y1: top - GAP / 2, y2: y + GAP / 2, tip: rowTip(lang, model, s) });
    y += GAP;
  }
  const rowsBottom = y - GAP / 2;
  const [from, to] = x.domain() as [Date, Date];
  const yearStarts: Date[] = [];
  for (let yr = from.getUTCFullYear(); yr <= to.getUTCFullYear(); yr++)
    yearStarts.push(new Date(Date.UTC(yr, 0, 1)));
  const yearWidth = x(yearStarts[1] ?? to) - x(from);
  const step = yearWidth < 34 ? 2 : 1;
  const yearLabels = yearStarts
    .slice(0, -1)
    .flatMap((d, i) =>
      i % step === 0
        ? [{ x: new Date(Date.UTC(d.getUTCFullYear(), 6, 2)), text: String(d.getUTCFullYear()) }]
        : [],
    );
  const axisY = rowsBottom + 14;
  const height = Math.ceil(axisY + 12);
  const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);

  return renderSvg(
    chartFrame(
      connectivityTimeline,
      model,
      lang,
      { width, height },
      series.map((s) => rowTip(lang, model, s)),
    ),
    {
      ...rowChartScales(x),
      marks: [
        ...timeGridMarks({
          yearStarts,
          rowsTop,
          rowsBottom,
          px,
          width,
          timeRight,
          laneHeader: undated ? { lines: laneHeader, y: 4 } : null,
        }),
        Plot.rect(bars, {
          x1: 'start',
          x2: 'end',
          y1: 'y1',
          y2: 'y2',
          fill: PALETTE.series.light,
          className: fillClass('series'),
          render: byKey(bars),
        }),
        Plot.dot(dots, {
          x: 'x',
          y: 'y',
          r: 4,
          fill: PALETTE.series.light,
          className: fillClass('series'),
          render: byKey(dots),
        }),
        Plot.text(headings, {
          x: () => px(4),
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: LABEL_LINE / LABEL,
          fontWeight: 700,
        }),
        ...rowTextMarks({ labels, texts, yearLabels, axisY, hits, px, width }),
      ],
    },
  );
}

/** Counts from one source whose categories add up to more than its own total of settlements. */
export function categoryOverlap(model: Model): { sum: number; total: IndicatorValue } | null {
  const region = siteRegion(model).id;
  const values = model.indicatorValues.filter((v) => v.regionId === region);
  for (const total of values.filter((v) => v.indicatorId === 'settlements-total')) {
    const parts = CATEGORIES.map((id) =>
      values.find((v) => v.indicatorId === id && v.sourceId === total.sourceId),
    );
    if (parts.some((p) => !p)) continue;
    const sum = parts.reduce((acc, p) => acc + (p?.value ?? 0), 0);
    if (sum > total.value) return { sum, total };
  }
  return null;
}

export const connectivityTimeline: ChartDefinition = {
  id: 'connectivity-timeline',
  title: (model, lang) => t(lang, 'chart.timeline.title', { region: siteRegion(model).names[lang] }),
  subtitle: (_model, lang) => t(lang, 'chart.timeline.subtitle'),
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE),
  table(model, lang): ChartTable {
    const groups = connectivityGroups(model);
    return {
      columns: [
        { key: 'indicator', label: t(lang, 'chart.col.indicator') },
        { key: 'area', label: t(lang, 'chart.timeline.col.area') },
        { key: 'value', label: t(lang, 'chart.col.value'), numeric: true },
        { key: 'unit', label: t(lang, 'chart.col.unit') },
        { key: 'date', label: t(lang, 'chart.col.date') },
        { key: 'source', label: t(lang, 'chart.col.source') },
      ],
      rows: groups.flatMap((g) =>
        g.series.flatMap((s) =>
          s.values.map((v: IndicatorValue) => ({
            indicator: s.indicator.names[lang],
            area: g.region.names[lang],
            value: v.value,
            unit: unitLabel(lang, s.indicator),
            date: formatPartialDate(lang, v.date),
            source: sourceLabel(model, v.sourceId),
          })),
        ),
      ),
    };
  },
  sourceIds: (model) => uniqueSources(allValues(connectivitySeries(model))),
  dataAsOf: (model) => latestDate(allValues(connectivitySeries(model))),
  notes(model, lang) {
    const series = connectivitySeries(model);
    const values = allValues(series);
    const notes = [t(lang, 'chart.timeline.note.measures'), t(lang, 'chart.timeline.note.spans')];
    if (values.some((v) => !isDated(v))) notes.push(t(lang, 'chart.timeline.note.undated'));
    const totals = [
      ...new Set(values.filter((v) => v.indicatorId === 'settlements-total').map((v) => v.value)),
    ];
    if (totals.length > 1)
      notes.push(
        t(lang, 'chart.timeline.note.denominators', {
          totals: totals.map((n) => formatNumber(lang, n)).join(' / '),
        }),
      );
    const o = categoryOverlap(model);
    if (o)
      notes.push(
        t(lang, 'chart.timeline.note.overlap', {
          sum: formatNumber(lang, o.sum),
          total: formatNumber(lang, o.total.value),
        }),
      );
    if (series.some((s) => s.indicator.id === 'settlements-4g-planned'))
      notes.push(t(lang, 'chart.timeline.note.plan'));
    if (series.some((s) => s.indicator.id === 'settlements-state-offices-fibre'))
      notes.push(t(lang, 'chart.timeline.note.offices'));
    const national = connectivityGroups(model).find((g) => g.national);
    if (national)
      notes.push(
        t(lang, 'chart.timeline.note.national', {
          region: siteRegion(model).names[lang],
          country: national.region.names[lang],
        }),
      );
    return notes;
  },
  defaultHeight: 1000,
};
