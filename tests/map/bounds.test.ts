import { describe, expect, test } from 'vitest';
import { padBounds, regionBounds, toLatLngBounds } from '../../src/map/bounds.ts';
import { fixtureModel } from './model.ts';

const model = fixtureModel();
const testland = model.regions.find((r) => r.id === 'testland');
if (!testland) throw new Error('no testland');

describe('regionBounds(region, villages)', () => {
  test('is the outline’s box when every village lies inside it', () => {
    expect(regionBounds(testland, model.villages)).toEqual({ west: 70, south: 43, east: 74, north: 45 });
  });

  test('grows to take in a village beyond the outline, so no village starts off-screen', () => {
    const far = { ...model.villages[0], position: [75.5, 42] as const } as (typeof model.villages)[number];
    expect(regionBounds(testland, [far])).toEqual({ west: 70, south: 42, east: 75.5, north: 45 });
  });

  test('refuses a region with neither outline nor village', () => {
    expect(() => regionBounds({ ...testland, outline: null }, [])).toThrow(/no outline and no village/);
  });
});

describe('padBounds(bounds, fraction)', () => {
  test('grows each side by the fraction of the width and height', () => {
    expect(padBounds({ west: 70, south: 43, east: 74, north: 45 }, 0.25)).toEqual({
      west: 69,
      south: 42.5,
      east: 75,
      north: 45.5,
    });
  });

  test('never leaves the globe', () => {
    expect(padBounds({ west: -179, south: -89, east: 179, north: 89 }, 1)).toEqual({
      west: -180,
      south: -90,
      east: 180,
      north: 90,
    });
  });
});

test('toLatLngBounds(bounds) gives Leaflet’s [[south, west], [north, east]]', () => {
  expect(toLatLngBounds({ west: 70, south: 43, east: 74, north: 45 })).toEqual([
    [43, 70],
    [45, 74],
  ]);
});
