/**
 * Chart `public-services-online`: the national backdrop to the region's department figures. Each
 * indicator is a panel of its own with its own value scale (kinds of service, services delivered,
 * shares of households and targets count different things, so none is put on another's scale or
 * added to it). Reported values are a line with a marker at each; targets are hollow rings joined
 * by a dashed line (a plan, not a result). A month, a year or a range is a thin line with end caps
 * over its time; a value no source dates stands in the "date not reported" lane on the right.
 */
import * as Plot from '@observablehq/plot';
import { formatPartialDate } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import { PUBLIC_SERVICES_INDICATORS, TARGET_INDICATORS } from '../model/chart-indicators.ts';
import { latestDate, seriesFor, uniqueSources } from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { Indicator, Lang, Model, Region } from '../model/types.ts';
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
  timeOf,
  timeScale,
  undatedLane,
  unitLabel,
} from './indicator-rows.ts';
import { legendPanel } from './marks.ts';
import { PALETTE, strokeClass } from './palette.ts';
import { emptyPanel, keyed, type Panel, plotWrap, renderPanels } from './render-svg.ts';

interface ServiceRow extends SentencedRow {
  readonly target: boolean;
}

interface ServicePanel {
  readonly indicator: Indicator;
  readonly target: boolean;
  readonly rows: readonly ServiceRow[];
}

export interface ServiceRows {
  readonly region: Region;
  readonly country: Region | null;
  /** One panel per indicator, in reading order. */
  readonly panels: readonly ServicePanel[];
  readonly domain: [Date, Date];
  readonly undated: boolean;
}

function prepareServices(model: Model): ServiceRows {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const panels = (country ? seriesFor(model, PUBLIC_SERVICES_INDICATORS, country.id) : []).map((s) => {
    const target = TARGET_INDICATORS.has(s.indicator.id);
    return {
      indicator: s.indicator,
      target,
      rows: sentencedRows(model, s.indicator, s.values, () => s.indicator.id).map((r) => ({ ...r, target })),
    };
  });
  const rows = panels.flatMap((p) => p.rows);
  return { region, country, panels, ...timeAxis(rows) };
}

function panelTip(p: ServicePanel, lang: Lang): string {
  const values = p.rows.map((r) => r.sentence[lang]).join('; ');
  return `${p.indicator.names[lang]}: ${values}.${p.target ? ` ${t(lang, 'chart.services.targetTip')}` : ''}`;
}

/** Only the last panel writes the years under its axis: the panels share it, and the file stays small. */
function drawPanel(data: ServiceRows, p: ServicePanel, lang: Lang, width: number, last: boolean): Panel {
  // Room for a value label centred on a point at the axis's first year.
  const marginLeft = width < 480 ? 44 : 32;
  const lane = laneWidth(width, data.undated, lang);
  const marginRight = lane + 24;
  // The name stops short of the lane, whose heading stands at the same height.
  const name = plotWrap([p.indicator.names[lang]], ((width - lane - 16) / 12) * 0.8)[0] ?? [];
  const marginTop = name.length * 16 + 22;
  const max = p.indicator.unit === 'percent' ? 100 : Math.max(...p.rows.map((r) => r.value));
  // One count has nothing to be compared with on its own scale: its height would only say "the most",
  // so the panel keeps a line for its date and no value scale.
  const scaled = p.indicator.unit === 'percent' || new Set(p.rows.map((r) => r.value)).size > 1;
  const body = scaled ? 56 : 6;
  const rows = p.rows.map((r) => ({ ...r, text: formatRowValue(lang, r), tip: panelTip(p, lang) }));
  const dated = rows.filter((r) => r.when.kind !== 'undated');
  const undated = rows.filter((r) => r.when.kind === 'undated');
  const byKey = <T extends { key: string }>(d: readonly T[]) => keyed((r: T) => r.key, d);
  const stroke = { stroke: PALETTE.series.light, className: strokeClass('series') };
  const x = timeScale(data.domain, width - marginLeft - marginRight);
  return {
    height: marginTop + body + (last ? 26 : 8),
    options: {
      marginLeft,
      marginRight,
      marginTop,
      marginBottom: last ? 26 : 8,
      x: { ...x, ...(last ? {} : { axis: null }) },
      y: { domain: [0, max], axis: null },
      marks: [
        ...(last ? [] : [Plot.gridX(x.ticks ? { ticks: x.ticks } : {})]),
        ...(scaled ? [Plot.ruleY([0], { stroke: PALETTE.grid.light, className: strokeClass('grid') })] : []),
        // Observed values joined in time; targets joined by a dashed line: a plan, never a result.
        Plot.line(dated, {
          x: (d: (typeof dated)[number]) => timeOf(d.when),
          y: 'value',
          strokeWidth: 1.5,
          ...(p.target ? { strokeDasharray: '4 3' } : {}),
          ...stroke,
          render: byKey(dated.slice(0, 1)),
        }),
        ...dateMarks(dated, (d) => d.value, { hollow: () => p.target }),
        Plot.text(dated, {
          x: (d: (typeof dated)[number]) => timeOf(d.when),
          y: 'value',
          text: 'text',
          dy: -12,
          fontWeight: 700,
          fontVariant: 'tabular-nums',
          render: byKey(dated),
        }),
        ...undatedLane(undated, {
          y: (d) => d.value,
          keyOf: (d) => d.key,
          lane,
          gap: 12,
          heading: laneHeadingLines(lang, lane),
          headingDy: -6,
          headingAnchor: 'bottom',
          hollow: p.target,
        }),
        Plot.text(undated, {
          y: 'value',
          frameAnchor: 'right',
          dx: lane / 2 + 12,
          dy: -12,
          text: 'text',
          fontWeight: 700,
          fontVariant: 'tabular-nums',
          render: byKey(undated),
        }),
        Plot.text([name.join('\n')], {
          frameAnchor: 'top-left',
          dx: -marginLeft,
          dy: -marginTop + 4,
          text: (d: string) => d,
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 16 / 12,
          fontWeight: 700,
          render: keyed(() => p.indicator.id, [p.indicator.id]),
        }),
        Plot.rect([panelTip(p, lang)], {
          insetLeft: -marginLeft,
          insetRight: -marginRight,
          insetTop: -marginTop,
          fill: 'currentColor',
          fillOpacity: 0,
          title: (d: string) => d,
          className: 'hit',
          render: keyed(() => p.indicator.id, [p.indicator.id]),
        }),
      ],
    },
  };
}

function draw(data: ServiceRows, lang: Lang, width: number): string {
  const legend = legendPanel(
    [
      { key: 'reported', text: t(lang, 'chart.services.legend.reported'), role: 'series', symbol: 'circle' },
      ...(data.panels.some((p) => p.target)
        ? [
            {
              key: 'target',
              text: t(lang, 'chart.services.legend.target'),
              role: 'series' as const,
              symbol: 'ring' as const,
            },
          ]
        : []),
    ],
    width,
  );
  return renderPanels(
    {
      id: publicServicesOnlineChart.id,
      width,
      title: title(data, lang),
      desc: [subtitle(data, lang), ...data.panels.map((p) => panelTip(p, lang))].join(' '),
    },
    data.panels.length > 0
      ? [legend, ...data.panels.map((p, i) => drawPanel(data, p, lang, width, i === data.panels.length - 1))]
      : [emptyPanel(t(lang, 'value.notReported'))],
  );
}

const title = (data: ServiceRows, lang: Lang) =>
  t(lang, 'chart.services.title', { country: data.country?.names[lang] ?? '' });
const subtitle = (_data: ServiceRows, lang: Lang) => t(lang, 'chart.services.subtitle');

function table(data: ServiceRows, lang: Lang): ChartTable {
  return {
    columns: indicatorColumns(lang, { key: 'kind', label: t(lang, 'chart.services.col.kind') }, [
      { key: 'definition', label: t(lang, 'chart.services.col.definition') },
    ]),
    rows: data.panels.flatMap((p) =>
      p.rows.map((r) => ({
        indicator: p.indicator.names[lang],
        kind: t(lang, p.target ? 'chart.services.kind.target' : 'chart.services.kind.reported'),
        value: r.value,
        unit: unitLabel(lang, r.unit),
        date: formatPartialDate(lang, r.date),
        definition: p.indicator.definitions[lang],
        source: r.source,
      })),
    ),
  };
}

function notes(data: ServiceRows, lang: Lang): string[] {
  const out = [
    t(lang, 'chart.services.note.rows'),
    t(lang, 'chart.services.note.regional', { region: data.region.names[lang] }),
  ];
  if (data.panels.some((p) => p.target)) out.push(t(lang, 'chart.services.note.targets'));
  if (data.undated) out.push(t(lang, 'chart.timeline.note.undated'));
  return out;
}

export const publicServicesOnlineChart = {
  id: 'public-services-online',
  tables: ['indicator-values', 'indicators'],
  prepare: prepareServices,
  render: draw,
  title,
  subtitle,
  table,
  notes,
  sourceIds: (data: ServiceRows) => uniqueSources(data.panels.flatMap((p) => p.rows)),
  // Reported values only: a target's year is a plan, not the date of any data.
  dataAsOf: (data: ServiceRows) => latestDate(data.panels.filter((p) => !p.target).flatMap((p) => p.rows)),
} as const;

export const publicServicesOnline = defineChart<ServiceRows>(publicServicesOnlineChart);
