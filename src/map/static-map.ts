/**
 * The build-time map: region outline, neighbours, towns and villages projected to SVG coordinates.
 * Pure: the view turns this layout into markup, so every string in it is escaped by Astro and the
 * geometry can be tested without a browser.
 */

import { type GeoPermissibleObjects, type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import { type AreaGeometry, type Bounds, boundsOf, type Position } from '../geo/geometry.ts';
import { simplifyLine } from '../geo/simplify.ts';
import type { NeighbourOutline, Place, Village, VillageStatus } from '../model/types.ts';
import { isDated, isMapped } from '../model/village-status.ts';
import { labelledPlaces } from './places.ts';
import { asD3, forD3 } from './winding.ts';

export interface StaticMapInput {
  readonly outline: AreaGeometry;
  readonly neighbours: readonly NeighbourOutline[];
  readonly places: readonly Place[];
  readonly villages: readonly Village[];
  /** Width of the SVG coordinate system; the height follows from the region's shape. */
  readonly width?: number;
  readonly margin?: number;
}

interface ProjectedPoint {
  readonly x: number;
  readonly y: number;
}

export interface StaticMapLayout {
  readonly width: number;
  readonly height: number;
  /**
   * The outlines are drawn in one frame for every width (`GEOMETRY_WIDTH` units across the region), so
   * the drawings of a page repeat them byte for byte and compression stores them once; `geometryViewBox`
   * places that frame in this drawing (a nested <svg>), and `geometryScale` is px per unit.
   */
  readonly geometryViewBox: string;
  readonly geometryScale: number;
  /** In geometry units, not px. */
  readonly regionPath: string;
  /** In geometry units, cut a little outside the frame of any drawing `MIN_WIDTH` px or wider. */
  readonly neighbourPaths: readonly { readonly iso: string; readonly d: string }[];
  /** Mapped villages only; `dated` is false when the latest report states no date (dashed outline). */
  readonly villages: readonly (ProjectedPoint & {
    readonly id: string;
    readonly status: VillageStatus;
    readonly dated: boolean;
  })[];
  readonly places: readonly (ProjectedPoint & {
    readonly id: string;
    readonly nameEn: string;
    readonly nameKk: string | null;
    readonly nameRu: string | null;
    readonly labelled: boolean;
  })[];
}

/** One decimal of an SVG unit is far below a pixel at any size the page shows the map. */
const DIGITS = 1;
/**
 * Outline points closer than this to the line through their neighbours are left out, in geometry
 * units: at most 0.4 px in a 1000 px wide drawing, less in every narrower one.
 */
const SIMPLIFY = 0.4;
/** Width of the region in the shared geometry frame: wider than any drawing, so its decimal is finer than theirs. */
export const GEOMETRY_WIDTH = 1000;
/** The narrowest drawing whose margin the neighbours still fill (its margin is the widest share of it). */
export const MIN_WIDTH = 280;
const round = (n: number) => Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;

/**
 * An equal-area conic centred on the region, with standard parallels at a sixth of its height from
 * each edge: the usual choice for a mid-latitude area wider than it is tall, and areas stay true.
 */
function regionProjection(bounds: Bounds): GeoProjection {
  const span = bounds.north - bounds.south;
  return geoConicEqualArea()
    .parallels([bounds.south + span / 6, bounds.north - span / 6])
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .center([0, (bounds.south + bounds.north) / 2]);
}

/** The SVG path of a projected geometry, its rings simplified to what shows and rounded to DIGITS. */
function simplifiedPath(projection: GeoProjection, geometry: GeoPermissibleObjects): string {
  const rings: { points: Position[]; closed: boolean }[] = [];
  geoPath(projection, {
    beginPath: () => undefined,
    moveTo: (x, y) => void rings.push({ points: [[x, y]], closed: false }),
    lineTo: (x, y) => void rings.at(-1)?.points.push([x, y]),
    closePath: () => {
      const ring = rings.at(-1);
      if (ring) ring.closed = true;
    },
    arc: () => undefined,
  })(geometry);
  // Each point after the first as its step from the one before (`l`), in whole tenths, so the
  // rounding never drifts; short steps are most of an outline, and they are short numbers.
  const tenths = (n: number) => Math.round(n * 10 ** DIGITS);
  const num = (n: number) => String(n / 10 ** DIGITS).replace(/^(-?)0\./, '$1.');
  return rings
    .map(({ points, closed }) => {
      const kept = simplifyLine(closed ? [...points, points[0] as Position] : points, SIMPLIFY)
        .slice(0, closed ? -1 : undefined)
        .map(([x, y]) => [tenths(x), tenths(y)] as const);
      const [[x0, y0] = [0, 0]] = kept;
      let steps = '';
      for (let i = 1; i < kept.length; i++) {
        const [x, y] = kept[i] as readonly [number, number];
        const [px, py] = kept[i - 1] as readonly [number, number];
        if (x === px && y === py) continue;
        for (const d of [num(x - px), num(y - py)]) steps += steps === '' || d.startsWith('-') ? d : ` ${d}`;
      }
      return `M${num(x0)},${num(y0)}${steps ? `l${steps}` : ''}${closed ? 'z' : ''}`;
    })
    .join('');
}

export function layoutStaticMap(input: StaticMapInput): StaticMapLayout {
  const { outline, width = 640, margin = 8 } = input;
  // A place no record locates is listed on the page, never drawn.
  const mapped = input.villages.filter(isMapped);
  const points: Position[] = mapped.map((v) => v.position);
  const region = forD3(outline);
  const fitted = asD3({
    type: 'GeometryCollection',
    geometries: [region, { type: 'MultiPoint', coordinates: points }],
  });
  const projection = regionProjection(boundsOf([outline], points));
  // One fit for every width: the drawing is this frame scaled, so its outlines never change with it.
  projection.fitWidth(GEOMETRY_WIDTH, fitted);
  const [[left, top], [, bottom]] = geoPath(projection).bounds(fitted);
  const geometryHeight = bottom - top;
  const scale = (width - 2 * margin) / GEOMETRY_WIDTH;
  const height = Math.ceil(geometryHeight * scale) + 2 * margin;
  // Neighbours are cut just outside the widest margin any drawing has, so only what can show is written.
  const pad = margin / ((MIN_WIDTH - 2 * margin) / GEOMETRY_WIDTH);
  projection.clipExtent([
    [left - pad, top - pad],
    [left + GEOMETRY_WIDTH + pad, bottom + pad],
  ]);
  const path = (geometry: GeoPermissibleObjects) => simplifiedPath(projection, geometry);
  const project = (p: Position): ProjectedPoint => {
    const xy = projection(p as [number, number]);
    if (!xy) throw new Error(`cannot project ${p.join(', ')}`);
    return { x: round(margin + (xy[0] - left) * scale), y: round(margin + (xy[1] - top) * scale) };
  };
  const vb = (n: number) => Math.round(n * 100) / 100;
  const geometryViewBox = [left - margin / scale, top - margin / scale, width / scale, height / scale]
    .map(vb)
    .join(' ');
  const inFrame = ({ x, y }: ProjectedPoint) => x >= 0 && x <= width && y >= 0 && y <= height;
  const labelled = labelledPlaces(input.places);

  return {
    width,
    height,
    geometryViewBox,
    geometryScale: scale,
    regionPath: path(asD3(region)) ?? '',
    neighbourPaths: input.neighbours
      .map((n) => ({ iso: n.iso, d: path(asD3(forD3(n.geometry))) ?? '' }))
      .filter((n) => n.d !== ''),
    villages: mapped.map((v) => ({
      id: v.id,
      status: v.latest.status,
      dated: isDated(v.latest),
      ...project(v.position),
    })),
    places: input.places
      .map((p) => ({
        id: p.id,
        nameEn: p.nameEn,
        nameKk: p.nameKk,
        nameRu: p.nameRu,
        labelled: labelled.has(p.id),
        ...project(p.position),
      }))
      .filter(inFrame),
  };
}
