import { describe, expect, test } from 'vitest';
import type { Position } from '../../src/geo/geometry.ts';
import { simplifyLine } from '../../src/geo/simplify.ts';

/** Largest distance from any original point to the simplified polyline. */
function worstError(original: readonly Position[], kept: readonly Position[]): number {
  const toSegment = ([px, py]: Position, [ax, ay]: Position, [bx, by]: Position) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t =
      dx === 0 && dy === 0
        ? 0
        : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  };
  return Math.max(
    ...original.map((p) => Math.min(...kept.slice(1).map((b, i) => toSegment(p, kept[i] as Position, b)))),
  );
}

describe('simplifyLine()', () => {
  // A wiggly closed ring: a circle of radius 100 with a 0.2-unit ripple on it, 400 points.
  const ring: Position[] = Array.from({ length: 401 }, (_, i) => {
    const a = (i / 400) * 2 * Math.PI;
    const r = 100 + 0.2 * Math.sin(a * 40);
    return [r * Math.cos(a), r * Math.sin(a)];
  });

  test('drops points, and none it drops lies farther than the tolerance from what it keeps', () => {
    const kept = simplifyLine(ring, 0.5);
    expect(kept.length).toBeLessThan(ring.length / 4);
    expect(worstError(ring, kept)).toBeLessThanOrEqual(0.5);
  });

  test('keeps both ends, so a ring stays closed, and keeps a corner larger than the tolerance', () => {
    const kept = simplifyLine(ring, 0.5);
    expect(kept[0]).toEqual(ring[0]);
    expect(kept.at(-1)).toEqual(ring.at(-1));
    const corner: Position[] = [
      [0, 0],
      [5, 0.1],
      [10, 0],
      [10, 10],
    ];
    expect(simplifyLine(corner, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  test('keeps every point at tolerance 0 when none is on a straight line', () => {
    expect(simplifyLine(ring, 0)).toHaveLength(ring.length);
  });
});
