import { wcagContrast } from 'culori';
import { describe, expect, test } from 'vitest';
import { BACKGROUND, PALETTE, type Role, TEXT_ROLES } from '../../src/charts/palette.ts';

/**
 * Machado, Oliveira and Fernandes (2009) matrices for full protanopia, deuteranopia and
 * tritanopia, applied to linear RGB.
 */
const CVD: Readonly<Record<string, readonly (readonly number[])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
/** CIE76 distances: red-green deficiencies are common, tritanopia rare (and lines also carry labels). */
const MINIMUM_DIFFERENCE: Readonly<Record<string, number>> = {
  protanopia: 30,
  deuteranopia: 30,
  tritanopia: 10,
};
/** Roles told apart by colour on the same chart. */
const PAIRS: readonly [Role, Role][] = [
  ['online', 'paper'],
  ['series', 'seriesAlt'],
  ['series', 'paper'],
  ['seriesAlt', 'paper'],
];

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

function simulate(kind: string, hex: string): number[] {
  const rgb = linear(hex);
  return (CVD[kind] ?? []).map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, k, i) => sum + k * (rgb[i] ?? 0), 0),
      ),
    ),
  );
}

function lab([r = 0, g = 0, b = 0]: number[]): number[] {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: number[], b: number[]) => {
  const [la, lb] = [lab(a), lab(b)];
  return Math.hypot(...la.map((v, i) => v - (lb[i] ?? 0)));
};

const roles = Object.keys(PALETTE).filter((r) => r !== 'grid') as Role[];

describe.each(['light', 'dark'] as const)('the %s palette', (mode) => {
  test.each(roles)('gives %s enough contrast against the page', (role) => {
    const needed = TEXT_ROLES.includes(role) ? 4.5 : 3;
    expect(wcagContrast(PALETTE[role][mode], BACKGROUND[mode])).toBeGreaterThanOrEqual(needed);
  });

  test.each(PAIRS)('keeps %s and %s apart under simulated colour blindness', (a, b) => {
    for (const [kind, minimum] of Object.entries(MINIMUM_DIFFERENCE)) {
      const difference = deltaE(simulate(kind, PALETTE[a][mode]), simulate(kind, PALETTE[b][mode]));
      expect(difference, kind).toBeGreaterThanOrEqual(minimum);
    }
  });
});
