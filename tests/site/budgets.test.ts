/**
 * Byte budgets (scripts/lib/budgets.ts): bytes are deterministic, so they are tests, not benchmarks.
 * The same table gates the benchmark and the village-map browser test.
 */
import { describe, expect, test } from 'vitest';
import { inlineScripts, javaScriptBytes, KB, PAGE_BUDGETS } from '../../scripts/lib/budgets.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { DIST, readDist } from '../helpers/dist.ts';

describe.each(Object.entries(PAGE_BUDGETS))('page weight of %s', (page, budget) => {
  const weight = pageWeight(DIST, page);

  test('exists', () => {
    expect(weight.assets[0]?.kind).toBe('html');
  });

  test(`stays within ${budget.total / KB} KB brotli, all it loads included`, () => {
    expect(weight.total.brotli).toBeLessThanOrEqual(budget.total);
  });

  test(`runs at most ${budget.js / KB} KB of JavaScript (raw, inline scripts included)`, () => {
    expect(javaScriptBytes(DIST, page)).toBeLessThanOrEqual(budget.js);
  });
});

test('the JavaScript count includes inline scripts, and only those that run', () => {
  const html =
    '<script>let a = 1;</script><script type="application/ld+json">{"x":1}</script><script src="/x.js"></script>';
  expect(inlineScripts(html)).toEqual(['let a = 1;']);
  // The story page runs inline scripts, which a count of script files alone would miss.
  expect(inlineScripts(readDist('index.html')).length).toBeGreaterThan(0);
  expect(javaScriptBytes(DIST, '/')).toBeGreaterThan(pageWeight(DIST, '/').byKind.js.raw);
});
