/**
 * d3-geo reads polygons on the sphere, where winding says which side is inside: a ring wound the
 * RFC 7946 way (exterior counterclockwise) is, for d3, the whole globe minus the region. Our GeoJSON
 * follows RFC 7946 because Leaflet and every other tool expect it, so outlines are turned round
 * for d3 only, and only when d3 would read them as larger than a hemisphere.
 */

import type { GeoPermissibleObjects } from 'd3';
import { geoArea } from 'd3';
import type { AreaGeometry, PolygonCoords } from '../geo/geometry.ts';

const HEMISPHERE = 2 * Math.PI;

/** Our geometry types are read-only; d3 only reads them too, but its types say mutable arrays. */
export function asD3(geometry: object): GeoPermissibleObjects {
  return geometry as GeoPermissibleObjects;
}

function polygonForD3(coordinates: PolygonCoords): PolygonCoords {
  const polygon = asD3({ type: 'Polygon', coordinates });
  if (geoArea(polygon) <= HEMISPHERE) return coordinates;
  return coordinates.map((ring) => [...ring].reverse());
}

export function forD3(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygonForD3(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygonForD3) };
}
