/**
 * The static village map as SVG markup: one renderer for the villages page and the `villages-map`
 * chart (embeds, SVG and PNG downloads). `look: 'classes'` names the page's classes, so map.css
 * colours it; `look: 'attributes'` writes the same colours as presentation attributes, for a file
 * that must stand alone and for resvg, which reads no stylesheet. Every text is escaped here.
 */

import type { Lang } from '../data/langs.ts';
import { escapeHtml } from '../escape.ts';
import { textWidth } from '../text-width.ts';
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

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/**
 * The box a label's text takes, from its baseline, at the map's largest label size (13 px on the
 * villages page); the width estimate errs wide, so a label judged clear is clear in every font.
 */
function textBox(x: number, y: number, text: string, anchor: 'start' | 'end' | 'middle', bold = false): Box {
  const width = textWidth(text, 13, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - 11, x1: x0 + width, y1: y + 3 };
}

interface TownLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  /** Where a leader line starts, when the label had to move away from its square. */
  readonly from: { readonly x: number; readonly y: number } | null;
}

/**
 * Where each labelled town's name goes: right of its square, else left, above or below it, whichever
 * first covers no village marker, no village's name and no other town's name; when none is clear (a
 * town among a cluster of villages, like the regional seat on a phone), the name steps down or up the
 * right side until it is, with a line back to its square. Every labelled town keeps its name.
 */
function townLabelPlaces(
  map: StaticMapLayout,
  names: ReadonlyMap<string, string>,
  villageNames: readonly Box[],
): Map<string, TownLabel> {
  const markers: Box[] = map.villages.map((v) => ({ x0: v.x - 8, y0: v.y - 8, x1: v.x + 8, y1: v.y + 8 }));
  const labels: Box[] = [...villageNames];
  const inFrame = (b: Box) => b.x0 >= 2 && b.x1 <= map.width - 2 && b.y0 >= 2 && b.y1 <= map.height - 2;
  const count = (boxes: readonly Box[], b: Box) => boxes.filter((t) => overlaps(t, b)).length;
  const clear = (b: Box) => inFrame(b) && count(markers, b) === 0 && count(labels, b) === 0;
  const placed = new Map<string, TownLabel>();
  for (const p of [...map.places].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const name = names.get(p.id);
    if (!name) continue;
    const near: TownLabel[] = [
      { x: p.x + 6, y: p.y + 4, anchor: 'start', from: null },
      { x: p.x - 6, y: p.y + 4, anchor: 'end', from: null },
      { x: p.x, y: p.y - 6, anchor: 'middle', from: null },
      { x: p.x, y: p.y + 15, anchor: 'middle', from: null },
    ];
    const steps = Array.from(
      { length: 12 },
      (_, i) => (i % 2 === 0 ? 1 : -1) * (Math.floor(i / 2) + 1) * LABEL_LINE,
    );
    const from = { x: p.x, y: p.y };
    const away: TownLabel[] = steps.flatMap((dy) => [
      { x: p.x + 14, y: p.y + 4 + dy, anchor: 'start' as const, from },
      { x: p.x - 14, y: p.y + 4 + dy, anchor: 'end' as const, from },
      { x: p.x, y: p.y + 4 + dy, anchor: 'middle' as const, from },
    ]);
    const candidates = [...near, ...away];
    // Where nothing is clear, the place that covers least, and never another name where it can cover
    // a marker's edge instead: a name over a name garbles both. A name is never dropped.
    const cost = (c: TownLabel) => {
      const b = textBox(c.x, c.y, name, c.anchor);
      return (inFrame(b) ? 0 : 100) + 10 * count(labels, b) + count(markers, b);
    };
    const choice =
      candidates.find((c) => clear(textBox(c.x, c.y, name, c.anchor))) ??
      candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
    placed.set(p.id, choice);
    labels.push(textBox(choice.x, choice.y, name, choice.anchor));
  }
  return placed;
}

/** The map's layers, backdrop to villages, without the enclosing <svg> (each user writes its own). */
export function staticMapMarkup(map: StaticMapLayout, options: StaticMapMarkupOptions): string {
  const L = STANDALONE_LOOK;
  const styled = options.look === 'attributes';
  const look = (className: string, attributes: string) => (styled ? attributes : `class="${className}"`);
  // Stroke widths are px as shown, so they are set per drawing on a group around outlines that never change.
  const px = (n: number) => Math.round((n / map.geometryScale) * 100) / 100;
  const villageNames = options.villageLabels ? villageLabelPlaces(map) : [];
  const townNames = new Map(
    map.places.flatMap((p) => {
      const name = p.labelled ? placeLabel(p, options.lang) : null;
      return name ? [[p.id, name] as const] : [];
    }),
  );
  const towns = townLabelPlaces(
    map,
    townNames,
    villageNames.map((l) =>
      textBox(l.lx, l.ly, options.names.get(l.id) ?? l.id, l.end ? 'end' : 'start', true),
    ),
  );
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
      const name = townNames.get(p.id);
      const at = towns.get(p.id);
      const leader = at?.from
        ? `<path d="M${r1(at.from.x)},${r1(at.from.y)}L${r1(at.x + (at.anchor === 'end' ? 2 : -2))},${r1(at.y - 4)}" stroke="${L.text}" stroke-width="0.75" fill="none"/>`
        : '';
      const anchor = at?.anchor === 'start' ? '' : ` text-anchor="${at?.anchor}"`;
      const label =
        name && at
          ? `${leader}<text x="${r1(at.x)}" y="${r1(at.y)}"${anchor}${styled ? ` fill="${L.text}" stroke="${L.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : ''}>${escapeHtml(name)}</text>`
          : '';
      return styled ? `${mark}${label}` : `<g class="map-town">${mark}${label}</g>`;
    }),
    ...map.villages.map((v) => {
      const s = STATUS_STYLE[v.status];
      const cls = styled ? '' : 'class="map-village" ';
      const dash = v.dated ? '' : ` stroke-dasharray="${UNDATED_DASH}" data-undated=""`;
      return `<path ${cls}data-village="${escapeHtml(v.id)}" data-status="${v.status}" d="${markerPath(s, v.x, v.y)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="2"${dash}><title>${escapeHtml(options.names.get(v.id) ?? v.id)}</title></path>`;
    }),
    ...(options.villageLabels
      ? villageNames.map((l) => {
          const moved = Math.abs(l.ly - 4 - l.y) > 3 || Math.abs(l.lx - l.x) > 10;
          const leader = moved
            ? `<path d="M${r1(l.x)},${r1(l.y)}L${r1(l.lx + (l.end ? 2 : -2))},${r1(l.ly - 4)}" stroke="${L.text}" stroke-width="0.75" fill="none"/>`
            : '';
          return `${leader}<text x="${r1(l.lx)}" y="${r1(l.ly)}"${l.end ? ' text-anchor="end"' : ''} fill="${L.text}" stroke="${L.halo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" font-weight="700" data-village="${escapeHtml(l.id)}">${escapeHtml(options.names.get(l.id) ?? l.id)}</text>`;
        })
      : []),
  ];
  return parts.join('');
}
