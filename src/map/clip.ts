/**
 * Cuts outlines to a box (Sutherland–Hodgman, one box edge at a time). Neighbouring regions reach
 * hundreds of kilometres past the view; only the part a reader can pan to is worth downloading.
 */
import type { AreaGeometry, Bounds, PolygonCoords, Position, Ring } from '../geo/geometry.ts';

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipAgainst(points: readonly Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i] as Position;
    const previous = points[(i + points.length - 1) % points.length] as Position;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) out.push(cross(previous, current));
  }
  return out;
}

const atX =
  (x: number): Cross =>
  ([ax, ay], [bx, by]) => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
const atY =
  (y: number): Cross =>
  ([ax, ay], [bx, by]) => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];

/** A closed ring cut to the box, or null when nothing of it is left. */
export function clipRing(ring: Ring, box: Bounds): Ring | null {
  let points: Position[] = ring.slice(0, -1);
  points = clipAgainst(points, ([x]) => x >= box.west, atX(box.west));
  points = clipAgainst(points, ([x]) => x <= box.east, atX(box.east));
  points = clipAgainst(points, ([, y]) => y >= box.south, atY(box.south));
  points = clipAgainst(points, ([, y]) => y <= box.north, atY(box.north));
  if (points.length < 3) return null;
  return [...points, points[0] as Position];
}

function clipPolygon(polygon: PolygonCoords, box: Bounds): PolygonCoords | null {
  const [outer, ...holes] = polygon;
  const clippedOuter = outer ? clipRing(outer, box) : null;
  if (!clippedOuter) return null;
  const clippedHoles = holes.map((h) => clipRing(h, box)).filter((r): r is Ring => r !== null);
  return [clippedOuter, ...clippedHoles];
}

export function clipGeometry(geometry: AreaGeometry, box: Bounds): AreaGeometry | null {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((p) => clipPolygon(p, box))
    .filter((p): p is PolygonCoords => p !== null);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as PolygonCoords }
    : { type: 'MultiPolygon', coordinates: polygons };
}
