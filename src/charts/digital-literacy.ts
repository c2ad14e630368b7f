/**
 * Chart `digital-literacy`: the article's regional figure beside the national statistics, on one
 * 0–100% scale (all are shares of people). The article never says what its figure measures, so it
 * is drawn with its own shape and colour, never joined to a national line, and its caveat is
 * written beside it inside the picture. National lines are labelled at their latest value.
 */
import * as Plot from '@observablehq/plot';
import { formatPartialDate, formatPercent } from '../i18n/format.ts';
import { valueSentence } from '../i18n/indicator-values.ts';
import { t } from '../i18n/ui.ts';
import { ARTICLE_LITERACY, NATIONAL_LITERACY } from '../model/chart-indicators.ts';
import {
  type DatedValue,
  isDated,
  latestDate,
  midpoint,
  sourceLabel,
  uniqueSources,
} from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { Lang, Model, Names, Region } from '../model/types.ts';
import { textWidth } from '../text-width.ts';
import { type ChartTable, defineChart } from './definition.ts';
import { timeScale } from './indicator-rows.ts';
import { legendPanel } from './marks.ts';
import { fillClass, PALETTE, type Role, strokeClass } from './palette.ts';
import { emptyPanel, keyed, renderPanels } from './render-svg.ts';

interface LiteracyPoint {
  readonly key: string;
  readonly role: Role;
  readonly article: boolean;
  readonly value: number;
  readonly x: Date;
  readonly v: DatedValue;
}

interface LiteracySeries {
  readonly key: string;
  readonly names: Names;
  readonly area: Region;
  readonly role: Role;
  readonly article: boolean;
  readonly points: readonly LiteracyPoint[];
  readonly sentences: Readonly<Record<Lang, string>>;
}

export interface LiteracyRows {
  readonly region: Region;
  readonly series: readonly LiteracySeries[];
  readonly sources: Readonly<Record<string, string>>;
}

const LANGS = ['kk', 'ru', 'en'] as const;

/** The percent axis's ticks, and the gap between a tick's label and the plot. */
const TICKS = [0, 25, 50, 75, 100];
const TICK_GAP = 6;

function seriesOf(
  model: Model,
  id: string,
  area: Region | null,
  role: Role,
  article: boolean,
): LiteracySeries[] {
  const indicator = model.indicators.find((i) => i.id === id);
  if (!area || !indicator) return [];
  const values = model.indicatorValues
    .filter((v) => v.indicatorId === id && v.regionId === area.id)
    .filter(isDated)
    .sort((a, b) => midpoint(a.date).getTime() - midpoint(b.date).getTime());
  if (values.length === 0) return [];
  return [
    {
      key: id,
      names: indicator.names,
      area,
      role,
      article,
      points: values.map((v) => ({ key: id, role, article, value: v.value, x: midpoint(v.date), v })),
      sentences: Object.fromEntries(
        LANGS.map((l) => [l, values.map((v) => valueSentence(l, model, v)).join('; ')]),
      ) as Record<Lang, string>,
    },
  ];
}

/** The article's series first (it is the story), then each national definition. */
function prepareLiteracy(model: Model): LiteracyRows {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const series = [
    ...seriesOf(model, ARTICLE_LITERACY, region, 'paper', true),
    ...NATIONAL_LITERACY.flatMap((id, i) =>
      seriesOf(model, id, country, i === 0 ? 'series' : 'seriesAlt', false),
    ),
  ];
  const ids = [...new Set(series.flatMap((s) => s.points.map((p) => p.v.sourceId)))];
  return { region, series, sources: Object.fromEntries(ids.map((id) => [id, sourceLabel(model, id)])) };
}

const label = (s: LiteracySeries, lang: Lang) => `${s.names[lang]}: ${s.area.names[lang]}`;

function seriesTip(s: LiteracySeries, lang: Lang): string {
  return `${label(s, lang)}: ${s.sentences[lang]}.${s.article ? ` ${t(lang, 'chart.literacy.caveat')}` : ''}`;
}

function draw(rows: LiteracyRows, lang: Lang, width: number): string {
  const points = rows.series.flatMap((s) => s.points.map((p) => ({ ...p, tip: seriesTip(s, lang) })));
  const national = points.filter((p) => !p.article);
  const article = points.filter((p) => p.article);
  const byKey = <T extends { key: string }>(d: readonly T[]) => keyed((x: T) => x.key, d);
  const years = points.map((p) => p.x.getUTCFullYear());
  const domain: [Date, Date] = [
    new Date(Date.UTC(Math.min(...years), 0, 1)),
    new Date(Date.UTC(Math.max(...years) + 1, 0, 1)),
  ];
  // The percent axis's labels stand right-aligned in the margin, TICK_GAP px short of the plot: the
  // margin is as wide as the widest of them in this language ("100 %" in ru, "100%" in en), with 2 px
  // to spare for a font a little wider than the estimate.
  const widestTick = Math.max(...TICKS.map((d) => textWidth(formatPercent(lang, d), 12)));
  const marginLeft = Math.max(44, Math.ceil(widestTick) + TICK_GAP + 2);
  const marginRight = 40;
  const text = (d: { value: number }) => formatPercent(lang, d.value);
  const caveat = t(lang, 'chart.literacy.caveat');
  const roleMarks = (role: Role) => {
    const own = national.filter((p) => p.role === role);
    return own.length === 0
      ? []
      : [
          Plot.line(own, {
            x: 'x',
            y: 'value',
            stroke: PALETTE[role].light,
            strokeWidth: 2,
            className: strokeClass(role),
            render: byKey(own.slice(0, 1)),
          }),
          Plot.dot(own, {
            x: 'x',
            y: 'value',
            r: 3.5,
            fill: PALETTE[role].light,
            className: fillClass(role),
            render: byKey(own),
          }),
        ];
  };
  const frame = {
    id: digitalLiteracyChart.id,
    width,
    title: title(rows, lang),
    desc: [subtitle(rows, lang), ...rows.series.map((s) => seriesTip(s, lang))].join(' '),
  };
  if (points.length === 0) return renderPanels(frame, [emptyPanel(t(lang, 'value.notReported'))]);
  return renderPanels(frame, [
    legendPanel(
      rows.series.map((s) => ({
        key: s.key,
        text: label(s, lang),
        role: s.role,
        symbol: s.article ? 'square' : 'circle',
      })),
      width,
    ),
    {
      height: width < 480 ? 240 : 270,
      options: {
        marginLeft,
        marginRight,
        marginTop: 14,
        marginBottom: 28,
        x: { ...timeScale(domain, width - marginLeft - marginRight), grid: false },
        y: { domain: [0, 100], axis: null },
        marks: [
          Plot.axisY({
            ticks: TICKS,
            tickFormat: (d: number) => formatPercent(lang, d),
            tickSize: 0,
            tickPadding: TICK_GAP,
            label: null,
          }),
          Plot.gridY({
            ticks: TICKS,
            stroke: PALETTE.grid.light,
            strokeOpacity: 1,
            className: strokeClass('grid'),
          }),
          ...(['series', 'seriesAlt'] as const).flatMap(roleMarks),
          // Each national line labelled once, at its latest value: the figure the reader compares.
          Plot.text(
            national,
            Plot.selectLast({
              x: 'x',
              y: 'value',
              z: 'key',
              text,
              dy: -11,
              fontWeight: 700,
              fontVariant: 'tabular-nums',
              render: byKey(national),
            }),
          ),
          Plot.dot(article, {
            x: 'x',
            y: 'value',
            r: 5,
            symbol: 'square',
            fill: PALETTE.paper.light,
            className: fillClass('paper'),
            render: byKey(article),
          }),
          Plot.text(article, {
            x: 'x',
            y: 'value',
            text,
            dx: 9,
            textAnchor: 'start',
            fontWeight: 700,
            fontVariant: 'tabular-nums',
            render: byKey(article),
          }),
          Plot.text(article, {
            x: 'x',
            y: 'value',
            text: () => caveat,
            dx: 9,
            dy: 8,
            textAnchor: 'start',
            lineAnchor: 'top',
            lineWidth: ((width - marginLeft - 60) / 12) * 0.6,
            fontStyle: 'italic',
            fill: PALETTE.muted.light,
            className: fillClass('muted'),
            render: byKey(article),
          }),
          Plot.dot(points, {
            x: 'x',
            y: 'value',
            r: 10,
            fill: 'currentColor',
            fillOpacity: 0,
            title: 'tip',
            className: 'hit',
            render: byKey(points),
          }),
        ],
      },
    },
  ]);
}

const articleValue = (rows: LiteracyRows) => rows.series.find((s) => s.article)?.points[0]?.v;

const title = (_rows: LiteracyRows, lang: Lang) => t(lang, 'chart.literacy.title');

function subtitle(rows: LiteracyRows, lang: Lang): string {
  const a = articleValue(rows);
  return t(lang, 'chart.literacy.subtitle', {
    year: a ? String(a.date.start.year) : t(lang, 'date.notReported'),
    value: a ? formatPercent(lang, a.value) : t(lang, 'value.notReported'),
    date: a ? formatPartialDate(lang, a.date) : t(lang, 'date.notReported'),
    region: rows.region.names[lang],
  });
}

function table(rows: LiteracyRows, lang: Lang): ChartTable {
  return {
    columns: [
      { key: 'series', label: t(lang, 'chart.col.indicator') },
      { key: 'date', label: t(lang, 'chart.col.date') },
      { key: 'value', label: t(lang, 'chart.col.percent'), numeric: true },
      { key: 'source', label: t(lang, 'chart.col.source') },
    ],
    rows: rows.series.flatMap((s) =>
      s.points.map((p) => ({
        series: label(s, lang),
        date: formatPartialDate(lang, p.v.date),
        value: p.value,
        source: rows.sources[p.v.sourceId] ?? p.v.sourceId,
      })),
    ),
  };
}

function notes(rows: LiteracyRows, lang: Lang): string[] {
  const a = articleValue(rows);
  return [
    ...(a ? [t(lang, 'chart.literacy.note.definition', { value: formatPercent(lang, a.value) })] : []),
    t(lang, 'chart.literacy.note.regional', { region: rows.region.names[lang] }),
    t(lang, 'chart.literacy.note.points'),
  ];
}

const values = (rows: LiteracyRows) => rows.series.flatMap((s) => s.points.map((p) => p.v));

export const digitalLiteracyChart = {
  id: 'digital-literacy',
  tables: ['indicator-values', 'indicators'],
  prepare: prepareLiteracy,
  render: draw,
  title,
  subtitle,
  table,
  notes,
  sourceIds: (rows: LiteracyRows) => uniqueSources(values(rows)),
  dataAsOf: (rows: LiteracyRows) => latestDate(values(rows)),
} as const;

export const digitalLiteracy = defineChart<LiteracyRows>(digitalLiteracyChart);
