/**
 * The build-time map: region outline, neighbours, towns and villages projected to SVG coordinates.
 * Pure: the view turns this layout into markup, so every string in it is escaped by Astro and the
 * geometry can be tested without a browser.
 */

import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3';
import { type AreaGeometry, type Bounds, boundsOf, type Position } from '../geo/geometry.ts';
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
  readonly regionPath: string;
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

  projection.fitWidth(width - 2 * margin, fitted);
  const [[, top], [, bottom]] = geoPath(projection).bounds(fitted);
  const height = Math.ceil(bottom - top) + 2 * margin;
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    fitted,
  );
  // Neighbours are cut at the frame, so only what is visible reaches the page.
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(DIGITS);
  const project = (p: Position): ProjectedPoint => {
    const xy = projection(p as [number, number]);
    if (!xy) throw new Error(`cannot project ${p.join(', ')}`);
    return { x: round(xy[0]), y: round(xy[1]) };
  };
  const inFrame = ({ x, y }: ProjectedPoint) => x >= 0 && x <= width && y >= 0 && y <= height;
  const labelled = labelledPlaces(input.places);

  return {
    width,
    height,
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
