import { describe, expect, test } from 'vitest';
import { containsPoint, type Position } from '../../src/geo/geometry.ts';
import { GEOMETRY_WIDTH, layoutStaticMap, MIN_WIDTH } from '../../src/map/static-map.ts';
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

/** The points of an outline path as the layout writes it: `M x,y l dx dy dx dy … z`, ring after ring. */
function pointsOf(d: string): Position[] {
  return [...d.matchAll(/M([^Ml]+)(?:l([^Mz]*))?z?/g)].flatMap((m) => {
    const [x0 = 0, y0 = 0] = (m[1] ?? '').split(',').map(Number);
    const steps = (m[2] ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    const ring: Position[] = [[x0, y0]];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      const [x = 0, y = 0] = ring.at(-1) ?? [];
      ring.push([x + (steps[i] ?? 0), y + (steps[i + 1] ?? 0)]);
    }
    return ring;
  });
}

/** A path of the shared geometry frame in the drawing's px, as the nested <svg> places it. */
function drawnPointsOf(map: ReturnType<typeof layoutOf>, d: string): Position[] {
  const [x0 = 0, y0 = 0] = map.geometryViewBox.split(' ').map(Number);
  return pointsOf(d).map(([x = 0, y = 0]) => [(x - x0) * map.geometryScale, (y - y0) * map.geometryScale]);
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
    const xs = drawnPointsOf(map, map.regionPath).map(([x]) => x);
    expect(Math.min(...xs)).toBeCloseTo(8, 0);
    expect(Math.max(...xs)).toBeCloseTo(632, 0);
    // 4° of longitude by 2° of latitude at 44° N: about 1.44 times as wide as tall.
    const ratio = (map.width - 16) / (map.height - 16);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(1.6);
  });

  test('cuts the neighbours just outside the frame of the narrowest drawing', () => {
    expect(map.neighbourPaths.length).toBeGreaterThan(0);
    const narrow = layoutOf(model, MIN_WIDTH);
    for (const n of narrow.neighbourPaths)
      for (const [x = 0, y = 0] of drawnPointsOf(narrow, n.d)) {
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(narrow.width + 1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(y).toBeLessThanOrEqual(narrow.height + 1);
      }
  });

  test('draws the same outlines at every width, so a page with several drawings repeats them exactly', () => {
    for (const width of [MIN_WIDTH, 312, 920]) {
      const other = layoutOf(model, width);
      expect(other.regionPath).toBe(map.regionPath);
      expect(other.neighbourPaths).toEqual(map.neighbourPaths);
      expect(other.geometryScale).toBeCloseTo((width - 16) / GEOMETRY_WIDTH, 6);
    }
    // The villages are placed in each drawing's own px, where its outline is.
    const wide = layoutOf(model, 920);
    const alpha = (m: typeof map) => m.villages.find((v) => v.id === 'alpha') ?? { x: 0, y: 0 };
    expect((alpha(wide).x - 8) / (alpha(map).x - 8)).toBeCloseTo((920 - 16) / (640 - 16), 2);
  });

  test('is the same for the same data', () => {
    expect(layoutOf(model)).toEqual(map);
  });

  test('writes outlines as steps in tenths that add up to the projected points', () => {
    // The synthetic region is a lon/lat box: its corners, projected, are the extremes of its ring.
    const ring = pointsOf(map.regionPath);
    expect(ring.length).toBeGreaterThanOrEqual(4);
    const xs = ring.map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(GEOMETRY_WIDTH, 0);
    expect(map.regionPath).toMatch(/^M-?[\d.]+,-?[\d.]+l/);
    expect(map.regionPath).not.toMatch(/\.\d{2}/);
  });
});

describe('layoutStaticMap() with history, connections and towns', () => {
  const model = mapFixtureModel();
  const map = layoutOf(model);
  const outline: Position[] = drawnPointsOf(map, map.regionPath);

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
