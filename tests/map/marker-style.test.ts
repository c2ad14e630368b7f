import { wcagContrast as contrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { VILLAGE_STATUSES } from '../../src/data/schema.ts';
import { MAP_BACKGROUNDS, markerPath, STATUS_ORDER, STATUS_STYLE } from '../../src/map/marker-style.ts';
import { statusKind } from '../../src/model/village-status.ts';

describe('marker styles', () => {
  it('every status has a style and a place in the legend order', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...VILLAGE_STATUSES].sort());
  });

  for (const status of STATUS_ORDER) {
    const style = STATUS_STYLE[status];
    it(`${status}: the outline keeps 3:1 contrast on every light fill of the map`, () => {
      for (const background of Object.values(MAP_BACKGROUNDS)) {
        expect(contrast(style.stroke, background)).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('shape tells progress from gaps: connected statuses are diamonds, gaps circles', () => {
    for (const status of STATUS_ORDER) {
      expect(STATUS_STYLE[status].shape).toBe(statusKind(status) === 'connected' ? 'diamond' : 'circle');
    }
  });

  it('markers of one shape differ in lightness, so they stay apart without colour vision', () => {
    // Luminance is what greyscale printing and every kind of colour blindness keep.
    for (const a of STATUS_ORDER) {
      for (const b of STATUS_ORDER) {
        if (a >= b || STATUS_STYLE[a].shape !== STATUS_STYLE[b].shape) continue;
        expect(
          contrast(STATUS_STYLE[a].fill, STATUS_STYLE[b].fill),
          `${a} against ${b}`,
        ).toBeGreaterThanOrEqual(1.8);
      }
    }
  });

  it('draws a circle and a diamond centred on the point', () => {
    expect(markerPath({ shape: 'circle', stroke: '#000000', fill: '#ffffff', radius: 6 }, 10, 20)).toBe(
      'M4 20a6 6 0 1 0 12 0a6 6 0 1 0 -12 0Z',
    );
    expect(markerPath({ shape: 'diamond', stroke: '#000000', fill: '#ffffff', radius: 7.5 }, 10, 20)).toBe(
      'M10 12.5L17.5 20L10 27.5L2.5 20Z',
    );
  });
});
