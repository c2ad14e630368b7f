import { geoArea } from 'd3';
import { describe, expect, test } from 'vitest';
import type { PolygonGeometry } from '../../src/geo/geometry.ts';
import { asD3, forD3 } from '../../src/map/winding.ts';

// Counterclockwise exterior: the RFC 7946 winding our GeoJSON files use.
const rfc: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [70, 43],
      [74, 43],
      [74, 45],
      [70, 45],
      [70, 43],
    ],
  ],
};

describe('forD3(geometry)', () => {
  test('turns an RFC 7946 ring round, so d3 reads the small area inside it', () => {
    expect(geoArea(asD3(rfc))).toBeGreaterThan(2 * Math.PI);
    const area = geoArea(asD3(forD3(rfc)));
    expect(area).toBeGreaterThan(0);
    expect(area).toBeLessThan(0.01);
  });

  test('leaves a ring d3 already reads correctly as it is', () => {
    const once = forD3(rfc);
    expect(forD3(once)).toEqual(once);
  });

  test('handles each polygon of a MultiPolygon on its own', () => {
    const d3Wound = forD3(rfc) as PolygonGeometry;
    const multi = forD3({ type: 'MultiPolygon', coordinates: [rfc.coordinates, d3Wound.coordinates] });
    expect(multi.type).toBe('MultiPolygon');
    expect(geoArea(asD3(multi))).toBeLessThan(0.02);
  });
});
