/**
 * The village map as an embeddable chart (`villages-map`), so it gets what every chart gets: an
 * embed page, SVG and PNG, CSV and citation. The geometry is the map page's own layout and marker
 * style; the markup here carries its colours as attributes, not the page's CSS, so the same string
 * works inline, as a downloaded file and in resvg.
 */

import { compareDates, type PartialDate } from '../data/partial-date.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import { groupByDistrict } from '../map/districts.ts';
import { MAP_BACKGROUNDS, markerPath, STATUS_ORDER, STATUS_STYLE } from '../map/marker-style.ts';
import { placeLabel } from '../map/places.ts';
import { layoutStaticMap } from '../map/static-map.ts';
import { byId, siteRegion, sourceOf } from '../model/queries.ts';
import type { Lang, Model, Village } from '../model/types.ts';
import { escapeXml } from '../reuse/image.ts';
import type { ChartDefinition, ChartTable } from './definition.ts';
import { WIDE } from './definition.ts';

export const VILLAGES_MAP_ID = 'villages-map';

/** The colours of src/styles/map.css, as attributes. */
const LOOK = {
  backdrop: MAP_BACKGROUNDS.backdrop,
  neighbour: { fill: MAP_BACKGROUNDS.neighbour, stroke: '#9a9a9a' },
  region: { fill: MAP_BACKGROUNDS.region, stroke: '#3d3d3d' },
  town: { fill: '#ffffff', stroke: '#3d3d3d' },
  text: '#3d3d3d',
  halo: '#fbfaf6',
} as const;

const LEGEND_ROW = 20;

function regionVillages(model: Model): Village[] {
  const region = siteRegion(model);
  const villages = model.villages.filter((v) => v.regionId === region.id);
  // One order for all three languages, so the CSVs list the same village on the same line.
  return groupByDistrict(villages, model.districts, 'en').flatMap((g) => g.villages);
}

const r1 = (n: number) => Math.round(n * 10) / 10;
/** Legend text starts after the widest marker, so labels line up whatever the shapes. */
const LEGEND_MARKER = Math.max(...Object.values(STATUS_STYLE).map((s) => s.radius));

function draw(model: Model, lang: Lang, width: number): string {
  const region = siteRegion(model);
  if (!region.outline) throw new Error(`region ${region.id} has no outline to draw the map on`);
  const villages = regionVillages(model);
  const map = layoutStaticMap({
    outline: region.outline,
    neighbours: model.neighbours,
    places: model.places,
    villages,
    width,
  });
  const statuses = STATUS_ORDER.filter((s) => villages.some((v) => v.latest.status === s));
  const fontSize = width < WIDE ? 11 : 12;
  const height = map.height + 8 + statuses.length * LEGEND_ROW;
  const title = villagesMap.title(model, lang);
  const desc = villagesMap.subtitle(model, lang);
  const uid = `dzc-${VILLAGES_MAP_ID}-${width}`;
  const name = new Map(villages.map((v) => [v.id, v.names[lang]]));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dzc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="system-ui, sans-serif" font-size="${fontSize}" role="img" aria-labelledby="${uid}-title" aria-describedby="${uid}-desc" style="max-width:100%;height:auto">`,
    `<title id="${uid}-title">${escapeXml(title)}</title><desc id="${uid}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${map.height}" fill="${LOOK.backdrop}"/>`,
    ...map.neighbourPaths.map(
      (n) =>
        `<path d="${n.d}" fill="${LOOK.neighbour.fill}" stroke="${LOOK.neighbour.stroke}" stroke-width="0.75"/>`,
    ),
    `<path d="${map.regionPath}" fill="${LOOK.region.fill}" stroke="${LOOK.region.stroke}" stroke-width="1.5" stroke-linejoin="round"/>`,
    ...map.places.map(
      (p) =>
        `<rect x="${r1(p.x - 2.5)}" y="${r1(p.y - 2.5)}" width="5" height="5" fill="${LOOK.town.fill}" stroke="${LOOK.town.stroke}"/>` +
        (p.labelled && placeLabel(p, lang)
          ? `<text x="${r1(p.x + 6)}" y="${r1(p.y + 4)}" fill="${LOOK.text}" stroke="${LOOK.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(placeLabel(p, lang) ?? '')}</text>`
          : ''),
    ),
    ...map.villages.map((v) => {
      const s = STATUS_STYLE[v.status];
      return `<path d="${markerPath(s, v.x, v.y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"><title>${escapeXml(name.get(v.id) ?? v.id)}</title></path>`;
    }),
    ...statuses.map((status, i) => {
      const s = STATUS_STYLE[status];
      const y = map.height + 8 + i * LEGEND_ROW + LEGEND_ROW / 2;
      const count = villages.filter((v) => v.latest.status === status).length;
      const label = `${t(lang, `map.status.${status}`)} (${formatNumber(lang, count)})`;
      return (
        `<path d="${markerPath(s, 8 + LEGEND_MARKER, y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"/>` +
        `<text x="${16 + 2 * LEGEND_MARKER}" y="${y + 4}" fill="${LOOK.text}">${escapeXml(label)}</text>`
      );
    }),
    '</svg>',
  ];
  return parts.join('');
}

export const villagesMap: ChartDefinition = {
  id: VILLAGES_MAP_ID,
  title: (model, lang) => t(lang, 'embed.map.title', { region: siteRegion(model).names[lang] }),
  subtitle: (model, lang) =>
    t(lang, 'embed.map.subtitle', { count: formatNumber(lang, regionVillages(model).length) }),
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE),
  table(model, lang): ChartTable {
    const col = (key: string, label: string, numeric = false) => ({ key, label, numeric });
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
      rows: regionVillages(model).map((v) => ({
        name: v.names[lang],
        district: byId(model.districts, v.districtId).names[lang],
        status: t(lang, `map.status.${v.latest.status}`),
        date: formatPartialDate(lang, v.latest.date),
        lat: v.position[1],
        lon: v.position[0],
        source: sourceOf(model, v.latest.sourceId).title,
      })),
    };
  },
  sourceIds(model) {
    const villages = regionVillages(model);
    return [
      ...new Set([...villages.map((v) => v.latest.sourceId), ...villages.map((v) => v.coordinateSourceId)]),
    ];
  },
  dataAsOf(model): PartialDate | null {
    const dates = regionVillages(model)
      .map((v) => v.latest.date)
      .sort(compareDates);
    return dates.at(-1) ?? null;
  },
  notes: (_model, lang) => [
    `${t(lang, 'map.credit.boundaries')}: Natural Earth (${t(lang, 'map.credit.publicDomain')}). ${t(lang, 'map.credit.towns')}: GeoNames (CC BY 4.0). ${t(lang, 'map.credit.villages')}: ${t(lang, 'map.credit.osm')} (ODbL).`,
  ],
  defaultHeight: 560,
};
