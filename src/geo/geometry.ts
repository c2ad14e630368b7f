/** Small planar geometry on lon/lat, enough for "is this village inside its region" at regional scale. */

export type Position = readonly [number, number];
export type Ring = readonly Position[];
export type PolygonCoords = readonly Ring[];

export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: PolygonCoords;
}
interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly PolygonCoords[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

function inRing(point: Position, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: Position, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !inRing(point, outer)) return false;
  return !holes.some((hole) => inRing(point, hole));
}

/** Even-odd test, so ring winding order does not matter (GeoJSON files in the wild disagree on it). */
export function containsPoint(geometry: AreaGeometry, point: Position): boolean {
  return geometry.type === 'Polygon'
    ? inPolygon(point, geometry.coordinates)
    : geometry.coordinates.some((polygon) => inPolygon(point, polygon));
}

export interface Bounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export function boundsOf(geometries: readonly AreaGeometry[], points: readonly Position[] = []): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = ([x, y]: Position) => {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  };
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
  }
  for (const p of points) visit(p);
  return { west, south, east, north };
}
