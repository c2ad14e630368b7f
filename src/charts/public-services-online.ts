/**
 * Chart `public-services-online`: the national backdrop to the region's 2018 department figures.
 * Each definition is its own row on a shared time axis, with its value written beside its mark:
 * kinds of service online, services delivered online, households using e-government and targets
 * count different things, so no row is put on another's value scale, joined to it or added to it.
 * Targets are hollow rings (a plan, not a result); values no source dates stand in their own column.
 */
import * as Plot from '@observablehq/plot';
import { scaleUtc } from 'd3';
import { formatPartialDate } from '../i18n/format.ts';
import { formatValue, valueSentence } from '../i18n/indicator-values.ts';
import { t } from '../i18n/ui.ts';
import {
  isDated,
  latestDate,
  midpoint,
  type Series,
  seriesFor,
  sourceLabel,
  uniqueSources,
} from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { Lang, Model, Region } from '../model/types.ts';
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
import { fillClass, PALETTE, strokeClass } from './palette.ts';
import { chartFrame, keyed, renderSvg } from './render-svg.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** What was available and used first, then how it was received, then the plans. */
export const PUBLIC_SERVICES_INDICATORS = [
  'public-service-register-kinds',
  'leb-service-kinds',
  'e-service-kinds',
  'services-delivered-online-state-corporation',
  'households-e-government-share',
  'public-services-satisfaction',
  'leb-services-automated-share-target',
  'public-services-digitalization-target',
] as const;

/** Indicators whose values are plans, drawn hollow and labelled as targets. */
export const TARGET_INDICATORS: ReadonlySet<string> = new Set([
  'leb-services-automated-share-target',
  'public-services-digitalization-target',
]);

function nationalSeries(model: Model): { country: Region | null; series: Series[] } {
  const country = countryOf(model, siteRegion(model));
  return { country, series: country ? seriesFor(model, PUBLIC_SERVICES_INDICATORS, country.id) : [] };
}

const allValues = (series: readonly Series[]) => series.flatMap((s) => s.values);
const isTarget = (s: Series) => TARGET_INDICATORS.has(s.indicator.id);

function rowTip(lang: Lang, model: Model, s: Series): string {
  const values = s.values.map((v) => valueSentence(lang, model, v)).join('; ');
  return `${s.indicator.names[lang]}: ${values}.${isTarget(s) ? ` ${t(lang, 'chart.services.targetTip')}` : ''}`;
}

function yearsDomain(series: readonly Series[]): [number, number] {
  const years = allValues(series)
    .filter(isDated)
    .map((v) => midpoint(v.date).getUTCFullYear());
  return [Math.min(...years), Math.max(...years)];
}

function draw(model: Model, lang: Lang, width: number): string {
  const { series } = nationalSeries(model);
  const undated = allValues(series).some((v) => !isDated(v));
  const laneWidth = undated ? (width < 420 ? 70 : 104) : 0;
  const timeRight = width - laneWidth - (undated ? 12 : 14);
  const [from, to] = yearsDomain(series);
  const x = scaleUtc([new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))], [14, timeRight]);
  const px = (p: number) => x.invert(p);

  // Legend: a filled dot for what a source reports, a ring for a plan.
  let y = 4;
  const legendItems = [
    { key: 'reported', target: false, text: t(lang, 'chart.services.legend.reported') },
    { key: 'target', target: true, text: t(lang, 'chart.services.legend.target') },
  ];
  const legend = legendItems.map((item) => {
    const wrapped = wrapText(item.text, width - 24, 11);
    const row = { ...item, y, text: lines(wrapped) };
    y += wrapped.length * 13 + 4;
    return row;
  });
  const laneHeader = undated ? wrapText(t(lang, 'date.notReported'), laneWidth, 11) : [];
  y += 6 + laneHeader.length * 13;
  const rowsTop = y;

  const labels: { key: string; y: number; text: string }[] = [];
  const dots: { key: string; y: number; x: Date; target: boolean }[] = [];
  const texts: { key: string; y: number; x: Date; text: string; anchor: 'start' | 'end' }[] = [];
  const hits: { key: string; y1: number; y2: number; tip: string }[] = [];
  for (const s of series) {
    const key = s.indicator.id;
    const top = y;
    const labelLines = wrapText(s.indicator.names[lang], width - 8, LABEL);
    labels.push({ key, y, text: lines(labelLines) });
    y += labelLines.length * LABEL_LINE + 2;
    const mid = y + TRACK / 2;
    const placed = s.values.map((v) => ({
      v,
      at: isDated(v) ? midpoint(v.date) : px(timeRight + 18),
      text: formatValue(lang, model, v),
    }));
    placed.forEach((p, i) => {
      dots.push({ key, y: mid, x: p.at, target: isTarget(s) });
      const w = textWidth(p.text, LABEL, true);
      const next = placed[i + 1];
      const room = (next ? x(next.at) - 10 : isDated(p.v) ? timeRight : width) - (x(p.at) + 8);
      const right = w <= room;
      texts.push({
        key,
        y: mid,
        x: px(x(p.at) + (right ? 8 : -8)),
        text: p.text,
        anchor: right ? 'start' : 'end',
      });
    });
    y += TRACK;
    hits.push({ key, y1: top - GAP / 2, y2: y + GAP / 2, tip: rowTip(lang, model, s) });
    y += GAP;
  }
  const rowsBottom = y - GAP / 2;
  const yearStarts: Date[] = [];
  for (let yr = from; yr <= to + 1; yr++) yearStarts.push(new Date(Date.UTC(yr, 0, 1)));
  const step = (timeRight - 14) / (to - from + 1) < 34 ? 2 : 1;
  const yearLabels: { x: Date; text: string }[] = [];
  for (let yr = from; yr <= to; yr += step)
    yearLabels.push({ x: new Date(Date.UTC(yr, 6, 2)), text: String(yr) });
  const axisY = rowsBottom + 14;
  const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);
  const filled = dots.filter((d) => !d.target);
  const rings = dots.filter((d) => d.target);

  return renderSvg(
    chartFrame(
      publicServicesOnline,
      model,
      lang,
      { width, height: Math.ceil(axisY + 12) },
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
          laneHeader: undated ? { lines: laneHeader, y: rowsTop - 6 - laneHeader.length * 13 } : null,
        }),
        Plot.dot(legend, {
          x: () => px(7),
          y: (d: (typeof legend)[number]) => d.y + 7,
          r: 4,
          fill: (d: (typeof legend)[number]) => (d.target ? 'none' : PALETTE.series.light),
          stroke: PALETTE.series.light,
          strokeWidth: 2,
          className: 'legend-swatch',
          render: (index, scales, values, dimensions, context, next) => {
            const g = next?.(index, scales, values, dimensions, context);
            if (!g) return null;
            Array.from(g.children).forEach((child, i) => {
              const d = legend[index[i] ?? -1];
              if (!d) return;
              child.setAttribute('class', d.target ? strokeClass('series') : fillClass('series'));
              child.setAttribute('data-key', d.key);
            });
            return g;
          },
        }),
        Plot.text(legend, {
          x: () => px(16),
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 13 / 11,
          fontSize: 11,
          fill: PALETTE.muted.light,
          className: fillClass('muted'),
          render: byKey(legend),
        }),
        Plot.dot(filled, {
          x: 'x',
          y: 'y',
          r: 4.5,
          fill: PALETTE.series.light,
          className: fillClass('series'),
          render: byKey(filled),
        }),
        Plot.dot(rings, {
          x: 'x',
          y: 'y',
          r: 4.5,
          fill: 'none',
          stroke: PALETTE.series.light,
          strokeWidth: 2,
          className: strokeClass('series'),
          render: byKey(rings),
        }),
        ...rowTextMarks({ labels, texts, yearLabels, axisY, hits, px, width }),
      ],
    },
  );
}

export const publicServicesOnline: ChartDefinition = {
  id: 'public-services-online',
  title: (model, lang) => {
    const { country } = nationalSeries(model);
    return t(lang, 'chart.services.title', { country: country?.names[lang] ?? '' });
  },
  subtitle: (_model, lang) => t(lang, 'chart.services.subtitle'),
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE),
  table(model, lang): ChartTable {
    const { series } = nationalSeries(model);
    return {
      columns: [
        { key: 'indicator', label: t(lang, 'chart.col.indicator') },
        { key: 'kind', label: t(lang, 'chart.services.col.kind') },
        { key: 'value', label: t(lang, 'chart.col.value'), numeric: true },
        { key: 'unit', label: t(lang, 'chart.col.unit') },
        { key: 'date', label: t(lang, 'chart.col.date') },
        { key: 'definition', label: t(lang, 'chart.services.col.definition') },
        { key: 'source', label: t(lang, 'chart.col.source') },
      ],
      rows: series.flatMap((s) =>
        s.values.map((v) => ({
          indicator: s.indicator.names[lang],
          kind: t(lang, isTarget(s) ? 'chart.services.kind.target' : 'chart.services.kind.reported'),
          value: v.value,
          unit: unitLabel(lang, s.indicator),
          date: formatPartialDate(lang, v.date),
          definition: s.indicator.definitions[lang],
          source: sourceLabel(model, v.sourceId),
        })),
      ),
    };
  },
  sourceIds: (model) => uniqueSources(allValues(nationalSeries(model).series)),
  dataAsOf: (model) => latestDate(allValues(nationalSeries(model).series).filter((v) => !isTargetValue(v))),
  notes(model, lang) {
    const { series } = nationalSeries(model);
    const region = siteRegion(model).names[lang];
    const notes = [t(lang, 'chart.services.note.rows'), t(lang, 'chart.services.note.regional', { region })];
    if (series.some(isTarget)) notes.push(t(lang, 'chart.services.note.targets'));
    if (allValues(series).some((v) => !isDated(v))) notes.push(t(lang, 'chart.timeline.note.undated'));
    return notes;
  },
  defaultHeight: 640,
};

function isTargetValue(v: { indicatorId: string }): boolean {
  return TARGET_INDICATORS.has(v.indicatorId);
}
