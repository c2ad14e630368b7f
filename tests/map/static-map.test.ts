import { describe, expect, test } from 'vitest';
import { containsPoint, type Position } from '../../src/geo/geometry.ts';
import { layoutStaticMap } from '../../src/map/static-map.ts';
import { siteRegion } from '../../src/model/queries.ts';
import type { Model } from '../../src/model/types.ts';
import { fixtureModel, mapFixtureModel } from './model.ts';

function layoutOf(model: Model, width = 640) {
  const region = siteRegion(model, undefined);
  if (!region.outline) throw new Error('no outline');
  const villages = model.villages.filter((v) => v.regionId === region.id);
  return layoutStaticMap({
    outline: region.outline,
    neighbours: model.neighbours,
    places: model.places,
    villages,
    width,
  });
}

/** The points of an SVG path as d3 writes it (`M x,y L x,y … Z`). */
function pointsOf(d: string): Position[] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('layoutStaticMap() on the synthetic fixture', () => {
  const model = fixtureModel();
  const map = layoutOf(model);
  const at = (id: string) => map.villages.find((v) => v.id === id) ?? { x: Number.NaN, y: Number.NaN };

  test('puts north up and east to the right', () => {
    // alpha is at 44.5 N 71.5 E, beta at 43.2 N 72.5 E.
    expect(at('alpha').y).toBeLessThan(at('beta').y);
    expect(at('alpha').x).toBeLessThan(at('beta').x);
  });

  test('fits the region to the width, inside the margin, and takes its height from its shape', () => {
    const xs = pointsOf(map.regionPath).map(([x]) => x);
    expect(Math.min(...xs)).toBeCloseTo(8, 0);
    expect(Math.max(...xs)).toBeCloseTo(632, 0);
    // 4° of longitude by 2° of latitude at 44° N: about 1.44 times as wide as tall.
    const ratio = (map.width - 16) / (map.height - 16);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(1.6);
  });

  test('cuts the neighbours at the frame', () => {
    expect(map.neighbourPaths.length).toBeGreaterThan(0);
    for (const n of map.neighbourPaths)
      for (const [x, y] of pointsOf(n.d)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(map.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
  });

  test('is the same for the same data', () => {
    expect(layoutOf(model)).toEqual(map);
  });
});

describe('layoutStaticMap() with history, connections and towns', () => {
  const model = mapFixtureModel();
  const map = layoutOf(model);
  const outline: Position[] = pointsOf(map.regionPath);

  test('draws every village of the region once, inside the projected outline, by its latest status', () => {
    expect(map.villages.map((v) => `${v.id}:${v.status}`).sort()).toEqual([
      'alpha:no-mobile-internet',
      'beta:awaiting-connection',
      'delta:connected-fibre',
      'epsilon:connected-mobile-4g',
      // Reported without internet in 2019, then state offices on fibre: it stays, marked as progress.
      'gamma:offices-connected-fibre',
    ]);
    for (const v of map.villages)
      expect(containsPoint({ type: 'Polygon', coordinates: [outline] }, [v.x, v.y]), v.id).toBe(true);
  });

  test('labels the regional seat first, then the largest towns, and carries their Cyrillic names', () => {
    const capital = map.places.find((p) => p.id === 'geonames-1');
    expect(capital?.labelled).toBe(true);
    expect(map.places.find((p) => p.id === 'geonames-2')).toMatchObject({
      nameKk: 'Үлкенқала',
      nameRu: 'Большой',
      labelled: true,
    });
    for (const p of map.places) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(map.width);
    }
  });
});
