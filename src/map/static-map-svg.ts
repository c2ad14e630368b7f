/**
 * The static village map as SVG markup: one renderer for the villages page and the `villages-map`
 * chart (embeds, SVG and PNG downloads). `look: 'classes'` names the page's classes, so map.css
 * colours it; `look: 'attributes'` writes the same colours as presentation attributes, for a file
 * that must stand alone and for resvg, which reads no stylesheet. Every text is escaped here.
 */

import type { Lang } from '../data/langs.ts';
import { escapeXml } from '../escape.ts';
import { MAP_BACKGROUNDS, markerPath, STATUS_STYLE, UNDATED_DASH } from './marker-style.ts';
import { placeLabel } from './places.ts';
import type { StaticMapLayout } from './static-map.ts';

/** The colours of src/styles/map.css (light scheme), for markup that carries its own. */
export const STANDALONE_LOOK = {
  backdrop: MAP_BACKGROUNDS.backdrop,
  neighbour: { fill: MAP_BACKGROUNDS.neighbour, stroke: '#9a9a9a' },
  region: { fill: MAP_BACKGROUNDS.region, stroke: '#3d3d3d' },
  town: { fill: '#ffffff', stroke: '#3d3d3d' },
  text: '#3d3d3d',
  halo: '#fbfaf6',
} as const;

export interface StaticMapMarkupOptions {
  readonly look: 'classes' | 'attributes';
  /** Town labels are written in this language's script, or left out where the gazetteer has none. */
  readonly lang: Lang;
  /** Each village's name in the page language, for its tooltip. */
  readonly names: ReadonlyMap<string, string>;
  /** Write each village's name beside its marker (the standalone chart; the page has its own list). */
  readonly villageLabels?: boolean;
}

/** Label rows at least this far apart, in px: labels of close villages step down and get a leader line. */
const LABEL_LINE = 14;

/**
 * Where each village's name goes: right of the marker, or left of it in the right third of the map;
 * a label that would overlap the one above on the same side steps down, with a line back to its marker.
 */
function villageLabelPlaces(
  map: StaticMapLayout,
): { id: string; x: number; y: number; lx: number; ly: number; end: boolean }[] {
  const placed: { id: string; x: number; y: number; lx: number; ly: number; end: boolean }[] = [];
  for (const v of [...map.villages].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const end = v.x > map.width * 0.62;
    // Labels of a cluster start beyond its outermost marker, so no name covers a neighbour.
    const near = map.villages.filter((o) => Math.abs(o.x - v.x) < 40 && Math.abs(o.y - v.y) < 40);
    const lx = end ? Math.min(...near.map((o) => o.x)) - 9 : Math.max(...near.map((o) => o.x)) + 9;
    const above = placed.filter((p) => p.end === end && Math.abs(p.lx - lx) < 130);
    const ly = Math.max(v.y + 4, ...above.map((p) => p.ly + LABEL_LINE));
    placed.push({ id: v.id, x: v.x, y: v.y, lx, ly, end });
  }
  return placed;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The map's layers, backdrop to villages, without the enclosing <svg> (each user writes its own). */
export function staticMapMarkup(map: StaticMapLayout, options: StaticMapMarkupOptions): string {
  const L = STANDALONE_LOOK;
  const styled = options.look === 'attributes';
  const look = (className: string, attributes: string) => (styled ? attributes : `class="${className}"`);
  // Stroke widths are px as shown, so they are set per drawing on a group around outlines that never change.
  const px = (n: number) => Math.round((n / map.geometryScale) * 100) / 100;
  const parts = [
    `<rect ${look('map-backdrop', `fill="${L.backdrop}"`)} width="${map.width}" height="${map.height}"/>`,
    `<svg width="${map.width}" height="${map.height}" viewBox="${map.geometryViewBox}">`,
    `<g ${look('map-neighbour', `fill="${L.neighbour.fill}" stroke="${L.neighbour.stroke}"`)} stroke-width="${px(0.75)}">`,
    ...map.neighbourPaths.map((n) => `<path d="${n.d}"/>`),
    '</g>',
    `<path ${look('map-region', `fill="${L.region.fill}" stroke="${L.region.stroke}" stroke-linejoin="round"`)} stroke-width="${px(1.5)}" d="${map.regionPath}"/>`,
    '</svg>',
    ...map.places.map((p) => {
      const mark = `<rect x="${r1(p.x - 2.5)}" y="${r1(p.y - 2.5)}" width="5" height="5"${styled ? ` fill="${L.town.fill}" stroke="${L.town.stroke}"` : ''}/>`;
      const name = p.labelled ? placeLabel(p, options.lang) : null;
      const label = name
        ? `<text x="${r1(p.x + 6)}" y="${r1(p.y + 4)}"${styled ? ` fill="${L.text}" stroke="${L.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : ''}>${escapeXml(name)}</text>`
        : '';
      return styled ? `${mark}${label}` : `<g class="map-town">${mark}${label}</g>`;
    }),
    ...map.villages.map((v) => {
      const s = STATUS_STYLE[v.status];
      const cls = styled ? '' : 'class="map-village" ';
      const dash = v.dated ? '' : ` stroke-dasharray="${UNDATED_DASH}" data-undated=""`;
      return `<path ${cls}data-village="${escapeXml(v.id)}" data-status="${v.status}" d="${markerPath(s, v.x, v.y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"${dash}><title>${escapeXml(options.names.get(v.id) ?? v.id)}</title></path>`;
    }),
    ...(options.villageLabels
      ? villageLabelPlaces(map).map((l) => {
          const moved = Math.abs(l.ly - 4 - l.y) > 3 || Math.abs(l.lx - l.x) > 10;
          const leader = moved
            ? `<path d="M${r1(l.x)},${r1(l.y)}L${r1(l.lx + (l.end ? 2 : -2))},${r1(l.ly - 4)}" stroke="${L.text}" stroke-width="0.75" fill="none"/>`
            : '';
          return `${leader}<text x="${r1(l.lx)}" y="${r1(l.ly)}"${l.end ? ' text-anchor="end"' : ''} fill="${L.text}" stroke="${L.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" font-weight="600" data-village="${escapeXml(l.id)}">${escapeXml(options.names.get(l.id) ?? l.id)}</text>`;
        })
      : []),
  ];
  return parts.join('');
}
