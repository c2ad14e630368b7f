import { describe, expect, test } from 'vitest';
import type { Bounds, Ring } from '../../src/geo/geometry.ts';
import { clipGeometry, clipRing } from '../../src/map/clip.ts';

const box: Bounds = { west: 0, south: 0, east: 10, north: 10 };
const square = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('clipRing(ring, box)', () => {
  test('keeps a ring inside the box unchanged', () => {
    expect(clipRing(square(1, 1, 2, 2), box)).toEqual(square(1, 1, 2, 2));
  });

  test('cuts a ring that crosses the box at its edges, and keeps it closed', () => {
    const clipped = clipRing(square(5, 5, 20, 20), box) ?? [];
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(new Set(clipped.slice(0, -1).map((p) => p.join()))).toEqual(
      new Set(['5,5', '10,5', '10,10', '5,10']),
    );
  });

  test('returns null for a ring entirely outside the box', () => {
    expect(clipRing(square(20, 20, 30, 30), box)).toBeNull();
  });
});

describe('clipGeometry(geometry, box)', () => {
  test('drops the polygons of a MultiPolygon that fall outside, and holes with them', () => {
    const g = clipGeometry(
      {
        type: 'MultiPolygon',
        coordinates: [[square(1, 1, 9, 9), square(2, 2, 3, 3)], [square(20, 20, 30, 30)]],
      },
      box,
    );
    expect(g?.type).toBe('Polygon');
    expect(g?.coordinates).toHaveLength(2);
  });

  test('returns null when nothing is left', () => {
    expect(clipGeometry({ type: 'Polygon', coordinates: [square(-9, -9, -1, -1)] }, box)).toBeNull();
  });
});
