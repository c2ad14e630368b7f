/**
 * Byte budgets: bytes are deterministic, so they are tests, not benchmarks. Each budget counts the
 * page and everything it loads before any interaction, brotli-compressed as a static host serves it.
 */
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { DIST } from '../helpers/dist.ts';

const KB = 1024;
const BUDGETS: readonly [string, number, number][] = [
  // [page, total brotli bytes, JavaScript brotli bytes]
  ['/', 50 * KB, 10 * KB],
  ['/ru/', 50 * KB, 10 * KB],
  ['/en/', 50 * KB, 10 * KB],
  ['/villages/', 60 * KB, 60 * KB],
  ['/ru/villages/', 60 * KB, 60 * KB],
  ['/en/villages/', 60 * KB, 60 * KB],
  ['/embed/departments/', 20 * KB, 20 * KB],
  ['/ru/embed/departments/', 20 * KB, 20 * KB],
  ['/en/embed/connectivity-timeline/', 20 * KB, 20 * KB],
];

describe.each(BUDGETS)('page weight of %s', (page, total, js) => {
  const weight = pageWeight(DIST, page);

  test('exists', () => {
    expect(weight.assets[0]?.kind).toBe('html');
  });

  test(`stays within ${total / KB} KB brotli, all it loads included`, () => {
    expect(weight.total.brotli).toBeLessThanOrEqual(total);
  });

  test(`ships at most ${js / KB} KB of JavaScript (brotli)`, () => {
    expect(weight.byKind.js.brotli).toBeLessThanOrEqual(js);
  });
});
