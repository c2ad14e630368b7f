/**
 * The village map as an embeddable chart (`villages-map`), so it gets what every chart gets: an
 * embed page, SVG and PNG, CSV and citation. The map itself is the villages page's own renderer
 * (src/map/static-map-svg.ts) with its colours as attributes, not the page's CSS, so the same string
 * works inline, as a downloaded file and in resvg; this adds the title, description and legend.
 */

import { compareDates, type PartialDate } from '../data/partial-date.ts';
import { escapeXml } from '../escape.ts';
import { formatNumber } from '../i18n/format.ts';
import { sourceName } from '../i18n/source-display.ts';
import { t } from '../i18n/ui.ts';
import { groupByDistrict } from '../map/districts.ts';
import { markerPath, STATUS_ORDER, STATUS_STYLE, UNDATED_DASH } from '../map/marker-style.ts';
import { formatReportDate } from '../map/report-date.ts';
import { layoutStaticMap } from '../map/static-map.ts';
import { STANDALONE_LOOK, staticMapMarkup } from '../map/static-map-svg.ts';
import { byId, siteRegion, sourceOf } from '../model/queries.ts';
import type { Lang, Model, Village } from '../model/types.ts';
import { isDated, isMapped } from '../model/village-status.ts';
import type { ChartDefinition, ChartTable } from './definition.ts';
import { WIDE } from './definition.ts';

export const VILLAGES_MAP_ID = 'villages-map';

const LEGEND_ROW = 20;

function regionVillages(model: Model): Village[] {
  const region = siteRegion(model);
  const villages = model.villages.filter((v) => v.regionId === region.id);
  // One order for all three languages, so the CSVs list the same village on the same line.
  return groupByDistrict(villages, model.districts, 'en').flatMap((g) => g.villages);
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
    `<text x="${16 + 2 * LEGEND_MARKER}" y="${y + 4}" fill="${STANDALONE_LOOK.text}">${escapeXml(t(lang, 'map.legend.undatedShort'))}</text>`
  );
}

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
  // The legend counts what is drawn: a place without coordinates is in the table, not on the map.
  const drawn = villages.filter(isMapped);
  const statuses = STATUS_ORDER.filter((s) => drawn.some((v) => v.latest.status === s));
  const undated = drawn.some((v) => !isDated(v.latest));
  const fontSize = width < WIDE ? 11 : 12;
  const height = map.height + 8 + (statuses.length + (undated ? 1 : 0)) * LEGEND_ROW;
  const title = villagesMap.title(model, lang);
  const desc = villagesMap.subtitle(model, lang);
  const uid = `dzc-${VILLAGES_MAP_ID}-${width}`;
  const name = new Map(villages.map((v) => [v.id, v.names[lang]]));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dzc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="system-ui, sans-serif" font-size="${fontSize}" role="img" aria-labelledby="${uid}-title" aria-describedby="${uid}-desc" style="max-width:100%;height:auto">`,
    `<title id="${uid}-title">${escapeXml(title)}</title><desc id="${uid}-desc">${escapeXml(desc)}</desc>`,
    staticMapMarkup(map, { look: 'attributes', lang, names: name }),
    ...statuses.map((status, i) => {
      const s = STATUS_STYLE[status];
      const y = map.height + 8 + i * LEGEND_ROW + LEGEND_ROW / 2;
      const count = drawn.filter((v) => v.latest.status === status).length;
      const label = `${t(lang, `map.status.${status}`)} (${formatNumber(lang, count)})`;
      return (
        `<path d="${markerPath(s, 8 + LEGEND_MARKER, y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"/>` +
        `<text x="${16 + 2 * LEGEND_MARKER}" y="${y + 4}" fill="${STANDALONE_LOOK.text}">${escapeXml(label)}</text>`
      );
    }),
    ...(undated ? [undatedLegend(map.height + 8 + statuses.length * LEGEND_ROW + LEGEND_ROW / 2, lang)] : []),
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
        date: formatReportDate(lang, v.latest),
        lat: v.position?.[1] ?? null,
        lon: v.position?.[0] ?? null,
        source: sourceName(lang, sourceOf(model, v.latest.sourceId)),
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
    // An undated report has no "as of"; the dated ones decide.
    const dates = regionVillages(model)
      .map((v) => v.latest)
      .filter(isDated)
      .map((r) => r.date)
      .sort(compareDates);
    return dates.at(-1) ?? null;
  },
  notes: (_model, lang) => [
    `${t(lang, 'map.credit.boundaries')}: Natural Earth (${t(lang, 'map.credit.publicDomain')}). ${t(lang, 'map.credit.towns')}: GeoNames (CC BY 4.0). ${t(lang, 'map.credit.villages')}: ${t(lang, 'map.credit.osm')} (ODbL).`,
  ],
  defaultHeight: 560,
};
