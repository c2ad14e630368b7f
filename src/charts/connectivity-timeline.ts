/**
 * Chart `connectivity-timeline`: every reported figure on the internet in the region's settlements,
 * one row per figure: the figure in a column of its own, and when it applies on a time strip (a dot
 * for an exact day, a thin line with end caps for a month, a year or a range). Rows are never put on
 * one value axis or added: they measure different things. A figure no source dates stands in the
 * "date not reported" lane. The country's rows are a panel of their own, a backdrop, never a total,
 * and they do not date the region's rows.
 */
import * as Plot from '@observablehq/plot';
import type { PartialDate } from '../data/partial-date.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import {
  CONNECTIVITY_INDICATORS,
  categoryOverlap,
  NATIONAL_CONNECTIVITY_INDICATORS,
} from '../model/chart-indicators.ts';
import { latestDate, seriesFor, uniqueSources } from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { Lang, Model, Region } from '../model/types.ts';
import { type ChartTable, defineChart } from './definition.ts';
import {
  dateMarks,
  formatRowValue,
  indicatorColumns,
  laneHeadingLines,
  laneWidth,
  type SentencedRow,
  sentencedRows,
  timeAxis,
  timeScale,
  undatedLane,
  unitLabel,
} from './indicator-rows.ts';
import { emptyPanel, keyed, type Panel, plotWrap, renderPanels } from './render-svg.ts';

/** `key` is unique in the chart: the panel's region and the value's id. */
interface TimelineRow extends SentencedRow {
  /** The row's series, shared by every value of one indicator in one panel (`data-key`). */
  readonly series: string;
  /** The region id of the panel the row is drawn in. */
  readonly panel: string;
}

interface TimelinePanel {
  readonly region: Region;
  readonly national: boolean;
  readonly rows: readonly TimelineRow[];
}

export interface TimelineRows {
  readonly region: Region;
  readonly panels: readonly TimelinePanel[];
  /** The time axis every panel shares. */
  readonly domain: [Date, Date];
  readonly undated: boolean;
  /** Distinct totals of settlements the sources give (more than one: different counts). */
  readonly totals: readonly number[];
  readonly overlap: { readonly sum: number; readonly total: number } | null;
  readonly indicatorIds: readonly string[];
  /** The latest date among the region's own rows: "data as of" for this chart. */
  readonly regionAsOf: PartialDate | null;
  /** The latest date of the country's panel, said apart so it never dates the region's rows. */
  readonly nationalAsOf: PartialDate | null;
}

function panelOf(model: Model, region: Region, ids: readonly string[], national: boolean): TimelinePanel {
  const rows = seriesFor(model, ids, region.id).flatMap((s) =>
    sentencedRows(model, s.indicator, s.values, (v) => `${region.id}:${v.id}`).map((r) => ({
      ...r,
      series: national ? `${s.indicator.id}--${region.id}` : s.indicator.id,
      panel: region.id,
    })),
  );
  return { region, national, rows };
}

function prepareTimeline(model: Model): TimelineRows {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const panels = [
    panelOf(model, region, CONNECTIVITY_INDICATORS, false),
    ...(country ? [panelOf(model, country, NATIONAL_CONNECTIVITY_INDICATORS, true)] : []),
  ].filter((p) => p.rows.length > 0);
  const rows = panels.flatMap((p) => p.rows);
  const own = panels.find((p) => !p.national)?.rows ?? [];
  const national = panels.find((p) => p.national)?.rows ?? [];
  const overlap = categoryOverlap(model);
  return {
    region,
    panels,
    ...timeAxis(rows),
    totals: [...new Set(own.filter((r) => r.indicatorId === 'settlements-total').map((r) => r.value))],
    overlap: overlap ? { sum: overlap.sum, total: overlap.total.value } : null,
    indicatorIds: [...new Set(rows.map((r) => r.indicatorId))],
    regionAsOf: latestDate(own),
    nationalAsOf: latestDate(national),
  };
}

/** One line of the chart, in px; every label line and every value row takes one. */
const LINE = 18;

function seriesTip(rows: readonly TimelineRow[], lang: Lang): string {
  const first = rows[0];
  if (!first) return '';
  return `${first.names[lang]}: ${rows.map((r) => r.sentence[lang]).join('; ')}.`;
}

function drawPanel(data: TimelineRows, panel: TimelinePanel, lang: Lang, width: number): Panel {
  const mobile = width < 480;
  const marginLeft = mobile ? 72 : 104;
  const lane = laneWidth(width, data.undated, lang);
  const marginRight = lane + 12;
  const labelWidth = ((width - 8) / 12) * 0.8;
  const series = [...new Set(panel.rows.map((r) => r.series))].map((s) =>
    panel.rows.filter((r) => r.series === s),
  );
  const labels = plotWrap(
    series.map((rs) => rs[0]?.names[lang] ?? ''),
    labelWidth,
  );
  const slots: { slot: string; key: string; text?: string; row?: TimelineRow }[] = series.flatMap((rs, i) => [
    ...(labels[i] ?? []).map((text, line) => ({
      slot: `${rs[0]?.series}|${line}`,
      key: rs[0]?.series ?? '',
      text,
    })),
    ...rs.map((row) => ({ slot: row.key, key: row.series, row })),
  ]);
  const heading = plotWrap([panel.region.names[lang]], labelWidth)[0] ?? [];
  const laneHead = laneHeadingLines(lang, lane);
  const headLines = Math.max(heading.length, laneHead.length);
  const marginTop = headLines * 16 + 8;
  const marginBottom = 28;
  const rows = slots.flatMap((s) => (s.row ? [{ ...s.row, slot: s.slot }] : []));
  const dated = rows.filter((r) => r.when.kind !== 'undated');
  const undated = rows.filter((r) => r.when.kind === 'undated');
  const labelLines = slots.filter((s) => s.text !== undefined);
  const byKey = <T extends { key: string }>(d: readonly T[]) => keyed((x: T) => x.key, d);
  const bySeries = <T extends { series: string }>(d: readonly T[]) => keyed((x: T) => x.series, d);
  const tips = series.map((rs) => ({ key: rs[0]?.series ?? '', tip: seriesTip(rs, lang) }));
  const hits = slots.map((s) => ({ ...s, tip: tips.find((x) => x.key === s.key)?.tip ?? '' }));
  const values = rows.map((r) => ({ ...r, text: formatRowValue(lang, r) }));

  return {
    height: marginTop + slots.length * LINE + marginBottom,
    options: {
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: timeScale(data.domain, width - marginLeft - marginRight),
      y: { type: 'point', domain: slots.map((s) => s.slot), axis: null, padding: 0.5 },
      marks: [
        ...dateMarks(
          dated.map((r) => ({ ...r, key: r.series })),
          (d) => d.slot,
        ),
        ...undatedLane(undated, {
          y: (d) => d.slot,
          keyOf: (d) => d.series,
          lane,
          gap: 6,
          heading: laneHead,
          headingDy: -marginTop + 4,
          headingAnchor: 'top',
          hollow: true,
          dashed: true,
        }),
        Plot.text(values, {
          y: 'slot',
          frameAnchor: 'left',
          dx: -10,
          text: 'text',
          textAnchor: 'end',
          fontSize: 13,
          fontWeight: 700,
          fontVariant: 'tabular-nums',
          render: bySeries(values),
        }),
        Plot.text(labelLines, {
          y: 'slot',
          frameAnchor: 'left',
          dx: -marginLeft + 2,
          text: 'text',
          textAnchor: 'start',
          render: byKey(labelLines),
        }),
        Plot.text([heading.join('\n')], {
          frameAnchor: 'top-left',
          dx: -marginLeft + 2,
          dy: -marginTop + 4,
          text: (d: string) => d,
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 16 / 13,
          fontSize: 13,
          fontWeight: 700,
          className: 'panel-title',
        }),
        // Hover, focus and touch targets: a transparent line over each of a series' lines, edge to edge.
        Plot.ruleY(hits, {
          y: 'slot',
          strokeWidth: LINE,
          stroke: 'currentColor',
          strokeOpacity: 0,
          insetLeft: -marginLeft,
          insetRight: -marginRight,
          title: 'tip',
          className: 'hit',
          render: byKey(hits),
        }),
      ],
    },
  };
}

function draw(data: TimelineRows, lang: Lang, width: number): string {
  return renderPanels(
    {
      id: connectivityTimelineChart.id,
      width,
      title: title(data, lang),
      desc: [
        subtitle(data, lang),
        ...data.panels.flatMap((p) =>
          [...new Set(p.rows.map((r) => r.series))].map((s) =>
            seriesTip(
              p.rows.filter((r) => r.series === s),
              lang,
            ),
          ),
        ),
      ].join(' '),
    },
    data.panels.length > 0
      ? data.panels.map((p) => drawPanel(data, p, lang, width))
      : [emptyPanel(t(lang, 'value.notReported'))],
  );
}

const title = (data: TimelineRows, lang: Lang) =>
  t(lang, 'chart.timeline.title', { region: data.region.names[lang] });
const subtitle = (_data: TimelineRows, lang: Lang) => t(lang, 'chart.timeline.subtitle');

function table(data: TimelineRows, lang: Lang): ChartTable {
  return {
    columns: indicatorColumns(lang, { key: 'area', label: t(lang, 'chart.timeline.col.area') }),
    rows: data.panels.flatMap((p) =>
      p.rows.map((r) => ({
        indicator: r.names[lang],
        area: p.region.names[lang],
        value: r.value,
        unit: unitLabel(lang, r.unit),
        date: formatPartialDate(lang, r.date),
        source: r.source,
      })),
    ),
  };
}

function notes(data: TimelineRows, lang: Lang): string[] {
  const out = [t(lang, 'chart.timeline.note.measures'), t(lang, 'chart.timeline.note.spans')];
  if (data.undated) out.push(t(lang, 'chart.timeline.note.undated'));
  if (data.totals.length > 1)
    out.push(
      t(lang, 'chart.timeline.note.denominators', {
        totals: data.totals.map((n) => formatNumber(lang, n)).join(' / '),
      }),
    );
  if (data.overlap)
    out.push(
      t(lang, 'chart.timeline.note.overlap', {
        sum: formatNumber(lang, data.overlap.sum),
        total: formatNumber(lang, data.overlap.total),
      }),
    );
  if (data.indicatorIds.includes('settlements-4g-planned')) out.push(t(lang, 'chart.timeline.note.plan'));
  if (data.indicatorIds.includes('settlements-state-offices-fibre'))
    out.push(t(lang, 'chart.timeline.note.offices'));
  const national = data.panels.find((p) => p.national);
  if (national) {
    out.push(
      t(lang, 'chart.timeline.note.national', {
        region: data.region.names[lang],
        country: national.region.names[lang],
      }),
    );
    if (data.nationalAsOf)
      out.push(
        t(lang, 'chart.timeline.note.latest', {
          region: data.region.names[lang],
          regionDate: data.regionAsOf
            ? formatPartialDate(lang, data.regionAsOf)
            : t(lang, 'date.notReported'),
          country: national.region.names[lang],
          date: formatPartialDate(lang, data.nationalAsOf),
        }),
      );
  }
  return out;
}

export const connectivityTimelineChart = {
  id: 'connectivity-timeline',
  tables: ['indicator-values', 'indicators'],
  prepare: prepareTimeline,
  render: draw,
  title,
  subtitle,
  table,
  notes,
  sourceIds: (data: TimelineRows) => uniqueSources(data.panels.flatMap((p) => p.rows)),
  // The region's own rows only (review O9): the country's later figures say nothing of its settlements.
  dataAsOf: (data: TimelineRows) => data.regionAsOf,
} as const;

export const connectivityTimeline = defineChart<TimelineRows>(connectivityTimelineChart);
