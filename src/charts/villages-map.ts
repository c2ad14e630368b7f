/**
 * The village map as an embeddable chart (`villages-map`), so it gets what every chart gets: an
 * embed page, SVG and PNG, CSV and citation. The map itself is the villages page's own renderer
 * (src/map/static-map-svg.ts) with its colours as attributes, not the page's CSS, so the same string
 * works inline, as a downloaded file and in resvg; this adds the title, description, every village's
 * name, the legend, and a "not on the map" panel: the settlements sources count but do not name.
 */

import { compareDates, type PartialDate } from '../data/partial-date.ts';
import { escapeHtml } from '../escape.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { sourceName } from '../i18n/source-display.ts';
import { t } from '../i18n/ui.ts';
import { groupByDistrict } from '../map/districts.ts';
import { markerPath, STATUS_ORDER, STATUS_STYLE, UNDATED_DASH } from '../map/marker-style.ts';
import { formatReportDate } from '../map/report-date.ts';
import { layoutStaticMap } from '../map/static-map.ts';
import { STANDALONE_LOOK, staticMapMarkup } from '../map/static-map-svg.ts';
import { byId, siteRegion } from '../model/queries.ts';
import type { Lang, Model, Names, Region, Village } from '../model/types.ts';
import { type UnmappedCount, unmappedCounts } from '../model/unmapped-counts.ts';
import { isDated, isMapped } from '../model/village-status.ts';
import { type ChartTable, defineChart } from './definition.ts';
import { plotWrap } from './render-svg.ts';

export const VILLAGES_MAP_ID = 'villages-map';

const LEGEND_ROW = 20;
const NOTE_LINE = 16;

export interface VillageMapRows {
  readonly region: Region;
  readonly villages: readonly Village[];
  /** Counts of settlements no source names, each its own line under the legend. */
  readonly unmapped: readonly (UnmappedCount & { readonly names: Names })[];
  /** What the map draws under the villages: outline, neighbours, towns. */
  readonly base: Pick<Model, 'neighbours' | 'places'>;
  readonly districts: Model['districts'];
  readonly sources: Model['sources'];
}

function prepareVillagesMap(model: Model): VillageMapRows {
  const region = siteRegion(model);
  if (!region.outline) throw new Error(`region ${region.id} has no outline to draw the map on`);
  const villages = model.villages.filter((v) => v.regionId === region.id);
  const names = (id: string) => model.indicators.find((i) => i.id === id)?.names;
  return {
    region,
    // One order for all three languages, so the CSVs list the same village on the same line.
    villages: groupByDistrict(villages, model.districts, 'en').flatMap((g) => g.villages),
    unmapped: unmappedCounts(model, region).flatMap((u) => {
      const n = names(u.indicatorId);
      return n ? [{ ...u, names: n }] : [];
    }),
    base: { neighbours: model.neighbours, places: model.places },
    districts: model.districts,
    sources: model.sources,
  };
}

/** Legend text starts after the widest marker, so labels line up whatever the shapes. */
const LEGEND_MARKER = Math.max(...Object.values(STATUS_STYLE).map((s) => s.radius));

/** The legend row for a dashed outline: a hollow circle drawn with the dash of an undated marker. */
function undatedLegend(y: number, lang: Lang): string {
  const marker = markerPath(
    { shape: 'circle', stroke: STANDALONE_LOOK.text, fill: '#ffffff', radius: 6 },
    8 + LEGEND_MARKER,
    y,
  );
  return (
    `<path d="${marker}" fill="#ffffff" stroke="${STANDALONE_LOOK.text}" stroke-width="2" stroke-dasharray="${UNDATED_DASH}"/>` +
    `<text x="${16 + 2 * LEGEND_MARKER}" y="${y + 4}" fill="${STANDALONE_LOOK.text}">${escapeHtml(t(lang, 'map.legend.undatedShort'))}</text>`
  );
}

function draw(rows: VillageMapRows, lang: Lang, width: number): string {
  const { region, villages } = rows;
  const map = layoutStaticMap({
    outline: region.outline as NonNullable<Region['outline']>,
    neighbours: rows.base.neighbours,
    places: rows.base.places,
    villages,
    width,
  });
  // The legend counts what is drawn: a place without coordinates is in the table, not on the map.
  const drawn = villages.filter(isMapped);
  const statuses = STATUS_ORDER.filter((s) => drawn.some((v) => v.latest.status === s));
  const undated = drawn.some((v) => !isDated(v.latest));
  const legendTop = map.height + 8;
  const legendText = 16 + 2 * LEGEND_MARKER;
  const legend = statuses.map((status) => {
    const count = drawn.filter((v) => v.latest.status === status).length;
    const label = `${t(lang, `map.status.${status}`)} (${formatNumber(lang, count)})`;
    return { status, lines: plotWrap([label], ((width - legendText - 8) / 12) * 0.8)[0] ?? [label] };
  });
  // Each entry's first line is a legend row; a wrapped label's further lines follow at note spacing.
  const legendTops = legend.map((_, i) =>
    legend.slice(0, i).reduce((sum, e) => sum + LEGEND_ROW + (e.lines.length - 1) * NOTE_LINE, legendTop),
  );
  const legendHeight =
    legend.reduce((sum, e) => sum + LEGEND_ROW + (e.lines.length - 1) * NOTE_LINE, 0) +
    (undated ? LEGEND_ROW : 0);
  const unmappedTop = legendTop + legendHeight + 10;
  const unmappedLines = rows.unmapped.map(
    (u) =>
      plotWrap(
        [
          t(lang, 'chart.map.unmapped', {
            name: u.names[lang],
            date: formatPartialDate(lang, u.date),
            total: formatNumber(lang, u.total),
            count: formatNumber(lang, u.unmapped),
          }),
        ],
        ((width - 16) / 12) * 0.8,
      )[0] ?? [],
  );
  const heading = rows.unmapped.length > 0 ? 1 : 0;
  const lineCount = unmappedLines.reduce((n, l) => n + l.length, 0);
  const height = unmappedTop + (heading + lineCount) * NOTE_LINE + (rows.unmapped.length > 0 ? 8 : 0);
  const title = titleOf(rows, lang);
  const desc = subtitleOf(rows, lang);
  const uid = `dzc-${VILLAGES_MAP_ID}-${width}`;
  const name = new Map(villages.map((v) => [v.id, v.names[lang]]));
  const text = (x: number, y: number, body: string, extra = '') =>
    `<text x="${x}" y="${y}" fill="${STANDALONE_LOOK.text}"${extra}>${escapeHtml(body)}</text>`;
  const noteLines = unmappedLines.flatMap((lines, i) =>
    lines.map((line, j) => ({ line, first: j === 0, key: rows.unmapped[i]?.indicatorId ?? '' })),
  );
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dzc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="${uid}-title" aria-describedby="${uid}-desc" style="max-width:100%;height:auto">`,
    `<title id="${uid}-title">${escapeHtml(title)}</title><desc id="${uid}-desc">${escapeHtml(desc)}</desc>`,
    staticMapMarkup(map, { look: 'attributes', lang, names: name, villageLabels: true }),
    ...legend.map(({ status, lines }, i) => {
      const s = STATUS_STYLE[status];
      const y = (legendTops[i] ?? legendTop) + LEGEND_ROW / 2;
      return (
        `<path d="${markerPath(s, 8 + LEGEND_MARKER, y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"/>` +
        lines.map((line, j) => text(legendText, y + 4 + j * NOTE_LINE, line)).join('')
      );
    }),
    ...(undated ? [undatedLegend(legendTop + legendHeight - LEGEND_ROW / 2, lang)] : []),
    ...(rows.unmapped.length > 0
      ? [
          `<g class="unmapped">`,
          text(8, unmappedTop + 12, t(lang, 'chart.map.unmapped.heading'), ' font-weight="700"'),
          ...noteLines.map((l, i) =>
            text(
              l.first ? 8 : 20,
              unmappedTop + 12 + (i + 1) * NOTE_LINE,
              `${l.first ? '– ' : ''}${l.line}`,
              ` data-key="${escapeHtml(l.key)}"`,
            ),
          ),
          '</g>',
        ]
      : []),
    '</svg>',
  ];
  return parts.join('');
}

const titleOf = (rows: VillageMapRows, lang: Lang) =>
  t(lang, 'embed.map.title', { region: rows.region.names[lang] });
const subtitleOf = (rows: VillageMapRows, lang: Lang) =>
  t(lang, 'embed.map.subtitle', { count: formatNumber(lang, rows.villages.length) });

function table(rows: VillageMapRows, lang: Lang): ChartTable {
  const col = (key: string, label: string, numeric = false) => ({ key, label, numeric });
  const sourceOf = (id: string) => byId(rows.sources, id);
  return {
    columns: [
      col('name', t(lang, 'embed.map.col.name')),
      col('district', t(lang, 'embed.map.col.district')),
      col('status', t(lang, 'embed.map.col.status')),
      col('date', t(lang, 'embed.map.col.date')),
      col('lat', t(lang, 'embed.map.col.lat'), true),
      col('lon', t(lang, 'embed.map.col.lon'), true),
      col('source', t(lang, 'embed.map.col.source')),
    ],
    rows: rows.villages.map((v) => ({
      name: v.names[lang],
      district: byId(rows.districts, v.districtId).names[lang],
      status: t(lang, `map.status.${v.latest.status}`),
      date: formatReportDate(lang, v.latest),
      lat: v.position?.[1] ?? null,
      lon: v.position?.[0] ?? null,
      source: sourceName(lang, sourceOf(v.latest.sourceId)),
    })),
  };
}

export const villagesMapChart = {
  id: VILLAGES_MAP_ID,
  tables: ['village-statuses', 'villages', 'districts', 'geo/regions', 'geo/places'],
  prepare: prepareVillagesMap,
  render: draw,
  title: titleOf,
  subtitle: subtitleOf,
  table,
  sourceIds: (rows: VillageMapRows) => [
    ...new Set([
      ...rows.villages.map((v) => v.latest.sourceId),
      ...rows.villages.map((v) => v.coordinateSourceId),
    ]),
  ],
  dataAsOf(rows: VillageMapRows): PartialDate | null {
    // An undated report has no "as of"; the dated ones decide.
    const dates = rows.villages
      .map((v) => v.latest)
      .filter(isDated)
      .map((r) => r.date)
      .sort(compareDates);
    return dates.at(-1) ?? null;
  },
  notes: (_rows: VillageMapRows, lang: Lang) => [
    `${t(lang, 'map.credit.boundaries')}: Natural Earth (${t(lang, 'map.credit.publicDomain')}). ${t(lang, 'map.credit.towns')}: GeoNames (CC BY 4.0). ${t(lang, 'map.credit.villages')}: ${t(lang, 'map.credit.osm')} (ODbL).`,
  ],
} as const;

export const villagesMap = defineChart<VillageMapRows>(villagesMapChart);
