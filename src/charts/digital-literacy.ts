/**
 * Chart `digital-literacy`: the article's regional figure beside the national statistics. The
 * article never says what its figure measures, so it is drawn with its own shape and colour, never
 * joined to a national line, and the caveat is written inside the picture, not only under it.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleUtc } from 'd3';
import { formatPartialDate, formatPercent } from '../i18n/format.ts';
import { valueSentence } from '../i18n/indicator-values.ts';
import { t } from '../i18n/ui.ts';
import {
  type DatedValue,
  isDated,
  latestDate,
  midpoint,
  sourceLabel,
  uniqueSources,
} from '../model/indicator-series.ts';
import { countryOf, siteRegion } from '../model/queries.ts';
import type { IndicatorValue, Lang, Model, Region } from '../model/types.ts';
import type { ChartDefinition, ChartTable } from './definition.ts';
import { WIDE } from './definition.ts';
import { ASIDE_TEXT, lines } from './marks.ts';
import { fillClass, PALETTE, type Role, strokeClass } from './palette.ts';
import { chartFrame, keyed, renderSvg } from './render-svg.ts';
import { wrapText } from './text-metrics.ts';

export const ARTICLE_LITERACY = 'digital-literacy-article';
export const NATIONAL_LITERACY = [
  'digital-literacy-national-6plus',
  'digital-literacy-national-6-74',
] as const;

interface LiteracySeries {
  readonly key: string;
  readonly label: string;
  readonly role: Role;
  readonly article: boolean;
  readonly values: readonly DatedValue[];
}

function valuesOf(model: Model, indicatorId: string, region: Region | null): DatedValue[] {
  if (!region) return [];
  return model.indicatorValues
    .filter((v) => v.indicatorId === indicatorId && v.regionId === region.id)
    .filter(isDated)
    .sort((a, b) => midpoint(a.date).getTime() - midpoint(b.date).getTime());
}

/** The article's series first (it is the story), then each national definition. */
export function literacySeries(model: Model, lang: Lang): LiteracySeries[] {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const name = (id: string) => model.indicators.find((i) => i.id === id)?.names[lang] ?? id;
  const all: LiteracySeries[] = [
    {
      key: ARTICLE_LITERACY,
      label: `${name(ARTICLE_LITERACY)}: ${region.names[lang]}`,
      role: 'paper',
      article: true,
      values: valuesOf(model, ARTICLE_LITERACY, region),
    },
    ...NATIONAL_LITERACY.map((id, i) => ({
      key: id,
      label: `${name(id)}: ${country?.names[lang] ?? ''}`,
      role: (i === 0 ? 'series' : 'seriesAlt') as Role,
      article: false,
      values: valuesOf(model, id, country),
    })),
  ];
  return all.filter((s) => s.values.length > 0);
}

function seriesTip(lang: Lang, model: Model, s: LiteracySeries): string {
  const values = s.values.map((v) => valueSentence(lang, model, v)).join('; ');
  return `${s.label}: ${values}.${s.article ? ` ${t(lang, 'chart.literacy.caveat')}` : ''}`;
}

function draw(model: Model, lang: Lang, width: number): string {
  const series = literacySeries(model, lang);
  const points = series.flatMap((s) =>
    s.values.map((v) => ({
      key: s.key,
      role: s.role,
      article: s.article,
      value: v.value,
      x: midpoint(v.date),
    })),
  );
  const left = 46;
  const right = width - 14;
  let y = 4;
  const legend: { key: string; y: number; text: string; role: Role; article: boolean }[] = [];
  for (const s of series) {
    const wrapped = wrapText(s.label, width - 24, 12);
    legend.push({ key: s.key, y, text: lines(wrapped), role: s.role, article: s.article });
    y += wrapped.length * 15 + 4;
  }
  const top = y + 14;
  const bottom = top + (width < 420 ? 190 : 210);
  const years = points.map((p) => p.x.getUTCFullYear());
  const from = Math.min(...years);
  const to = Math.max(...years);
  const x = scaleUtc([new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))], [left, right]);
  const yScale = scaleLinear([0, 100], [bottom, top]);
  const step = (right - left) / (to - from + 1) < 34 ? 2 : 1;
  const yearLabels: { x: Date; text: string }[] = [];
  for (let yr = from; yr <= to; yr += step)
    yearLabels.push({ x: new Date(Date.UTC(yr, 6, 2)), text: String(yr) });
  const pxX = (p: number) => x.invert(p);
  const pxY = (p: number) => yScale.invert(p);

  // The series that runs lower is labelled under its points, the others above, so labels of two
  // close lines never meet. Where points crowd (a phone), the latest ones keep their labels.
  const mean = (key: string) => {
    const own = points.filter((p) => p.key === key);
    return own.reduce((sum, p) => sum + p.value, 0) / own.length;
  };
  const nationalKeys = series.filter((s) => !s.article).map((s) => s.key);
  const lowest = nationalKeys.length > 1 ? nationalKeys.reduce((a, b) => (mean(b) < mean(a) ? b : a)) : null;
  const room = 50;
  const labelled = series.flatMap((s) => {
    const own = points.filter((p) => p.key === s.key);
    const kept: typeof own = [];
    for (const p of own) {
      const previous = kept.at(-1);
      if (!previous || x(p.x) - x(previous.x) >= room) kept.push(p);
    }
    // The first and the latest value matter most: the latest displaces a crowding neighbour.
    const last = own.at(-1);
    if (last && kept.at(-1) !== last) {
      if (kept.length > 1) kept.pop();
      const previous = kept.at(-1);
      if (!previous || x(last.x) - x(previous.x) >= room) kept.push(last);
    }
    return kept.map((p) => ({ ...p, text: formatPercent(lang, p.value), below: p.key === lowest }));
  });
  const article = labelled.filter((p) => p.article);
  const caveats = article.map((p) => ({
    key: p.key,
    x: p.x,
    value: p.value,
    text: lines(wrapText(t(lang, 'chart.literacy.caveat'), Math.max(120, right - x(p.x) - 12), 11)),
  }));
  const hits = series.flatMap((s) =>
    points.filter((p) => p.key === s.key).map((p) => ({ ...p, tip: seriesTip(lang, model, s) })),
  );
  const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);
  const placements = [
    { where: 'above', dx: 0, dy: -10, anchor: 'middle' },
    { where: 'below', dx: 0, dy: 13, anchor: 'middle' },
    { where: 'right', dx: 9, dy: 0, anchor: 'start' },
  ] as const;
  const roleMarks = (role: Role) => {
    const own = labelled.filter((p) => p.role === role && !p.article);
    if (own.length === 0) return [];
    return [
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

  return renderSvg(
    chartFrame(
      digitalLiteracy,
      model,
      lang,
      { width, height: Math.ceil(bottom + 26) },
      series.map((s) => seriesTip(lang, model, s)),
    ),
    {
      margin: 0,
      x: { type: 'utc', domain: x.domain(), range: x.range(), axis: null },
      y: { type: 'linear', domain: yScale.domain(), range: yScale.range(), axis: null },
      marks: [
        Plot.ruleY([0, 25, 50, 75, 100], { stroke: PALETTE.grid.light, className: strokeClass('grid') }),
        Plot.text([0, 25, 50, 75, 100], {
          x: () => pxX(left - 6),
          y: (d: number) => d,
          text: (d: number) => formatPercent(lang, d),
          textAnchor: 'end',
          fontVariant: 'tabular-nums',
          fill: PALETTE.muted.light,
          className: fillClass('muted'),
        }),
        Plot.text(yearLabels, {
          x: 'x',
          y: () => pxY(bottom + 16),
          text: 'text',
          fontVariant: 'tabular-nums',
          fill: PALETTE.muted.light,
          className: fillClass('muted'),
        }),
        ...(['series', 'seriesAlt'] as const).flatMap(roleMarks),
        Plot.dot(article, {
          x: 'x',
          y: 'value',
          r: 5,
          symbol: 'square',
          fill: PALETTE.paper.light,
          className: fillClass('paper'),
          render: byKey(article),
        }),
        // Plot takes offsets and anchors as constants, so each label placement is its own mark.
        ...placements.map(({ where, dx, dy, anchor }) => {
          const own = labelled.filter((d) => (d.article ? 'right' : d.below ? 'below' : 'above') === where);
          return Plot.text(own, {
            x: 'x',
            y: 'value',
            text: 'text',
            dx,
            dy,
            textAnchor: anchor,
            fontWeight: 600,
            fontVariant: 'tabular-nums',
            render: byKey(own),
          });
        }),
        Plot.text(caveats, {
          x: 'x',
          y: 'value',
          text: 'text',
          dx: 9,
          dy: 14,
          textAnchor: 'start',
          ...ASIDE_TEXT,
          render: byKey(caveats),
        }),
        // Legend: a swatch in each series' shape, then its name.
        Plot.dot(legend, {
          x: () => pxX(7),
          y: (d: (typeof legend)[number]) => pxY(d.y + 8),
          r: 4,
          symbol: (d: (typeof legend)[number]) => (d.article ? 'square' : 'circle'),
          fill: (d: (typeof legend)[number]) => PALETTE[d.role].light,
          render: (index, scales, values, dimensions, context, next) => {
            const g = next?.(index, scales, values, dimensions, context);
            if (!g) return null;
            Array.from(g.children).forEach((child, i) => {
              const d = legend[index[i] ?? -1];
              if (d) {
                child.setAttribute('class', fillClass(d.role));
                child.setAttribute('data-key', d.key);
              }
            });
            return g;
          },
        }),
        Plot.text(legend, {
          x: () => pxX(16),
          y: (d: (typeof legend)[number]) => pxY(d.y + 1),
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 15 / 12,
          render: byKey(legend),
        }),
        Plot.dot(hits, {
          x: 'x',
          y: 'value',
          r: 9,
          fill: 'currentColor',
          fillOpacity: 0,
          title: 'tip',
          className: 'hit',
          render: byKey(hits),
        }),
      ],
    },
  );
}

function literacyValues(model: Model): IndicatorValue[] {
  return literacySeries(model, 'en').flatMap((s) => [...s.values]);
}

function articleValue(model: Model): DatedValue | undefined {
  return literacySeries(model, 'en').find((s) => s.article)?.values[0];
}

export const digitalLiteracy: ChartDefinition = {
  id: 'digital-literacy',
  title: (_model, lang) => t(lang, 'chart.literacy.title'),
  subtitle(model, lang) {
    const a = articleValue(model);
    return t(lang, 'chart.literacy.subtitle', {
      year: a ? String(a.date.start.year) : t(lang, 'date.notReported'),
      value: a ? formatPercent(lang, a.value) : t(lang, 'value.notReported'),
      date: a ? formatPartialDate(lang, a.date) : t(lang, 'date.notReported'),
      region: siteRegion(model).names[lang],
    });
  },
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE),
  table(model, lang): ChartTable {
    return {
      columns: [
        { key: 'series', label: t(lang, 'chart.col.indicator') },
        { key: 'date', label: t(lang, 'chart.col.date') },
        { key: 'value', label: t(lang, 'chart.col.percent'), numeric: true },
        { key: 'source', label: t(lang, 'chart.col.source') },
      ],
      rows: literacySeries(model, lang).flatMap((s) =>
        s.values.map((v) => ({
          series: s.label,
          date: formatPartialDate(lang, v.date),
          value: v.value,
          source: sourceLabel(model, v.sourceId),
        })),
      ),
    };
  },
  sourceIds: (model) => uniqueSources(literacyValues(model)),
  dataAsOf: (model) => latestDate(literacyValues(model)),
  notes(model, lang) {
    const region = siteRegion(model).names[lang];
    const a = articleValue(model);
    return [
      ...(a ? [t(lang, 'chart.literacy.note.definition', { value: formatPercent(lang, a.value) })] : []),
      t(lang, 'chart.literacy.note.regional', { region }),
      t(lang, 'chart.literacy.note.points'),
    ];
  },
  defaultHeight: 560,
};
