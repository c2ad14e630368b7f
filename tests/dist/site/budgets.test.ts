/**
 * Byte budgets (scripts/lib/budgets.ts): bytes are deterministic, so they are tests, not benchmarks.
 * The same table gates the benchmark and the village-map browser test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineScripts, javaScriptBytes, KB, PAGE_BUDGETS, withoutFonts } from '../../../scripts/lib/budgets.ts';
import { pageWeight } from '../../../scripts/lib/page-weight.ts';
import { DIST, readDist } from '../../helpers/dist.ts';

describe.each(Object.entries(PAGE_BUDGETS))('page weight of %s', (page, budget) => {
  const weight = pageWeight(DIST, page);

  test('exists', () => {
    expect(weight.assets[0]?.kind).toBe('html');
  });

  test(`stays within ${budget.total / KB} KB brotli, all it loads but web fonts included`, () => {
    expect(withoutFonts(weight)).toBeLessThanOrEqual(budget.total);
  });

  test(`stays within ${budget.withFonts / KB} KB brotli with its web fonts`, () => {
    expect(weight.total.brotli).toBeLessThanOrEqual(budget.withFonts);
  });

  test(`runs at most ${budget.js / KB} KB of JavaScript (raw, inline scripts included)`, () => {
    expect(javaScriptBytes(DIST, page)).toBeLessThanOrEqual(budget.js);
  });
});

test("the story page's map drawings repeat one outline byte for byte, so compression stores it once", () => {
  for (const page of ['index.html', 'ru/index.html', 'en/index.html']) {
    // The nested <svg> of each drawing holds the outlines; only its size and viewBox differ by width.
    const outlines = [
      ...readDist(page).matchAll(/<svg width="\d+" height="\d+" viewBox="[^"]+">([\s\S]*?)<\/svg>/g),
    ].map((m) => (m[1] ?? '').replace(/stroke-width="[\d.]+"/g, ''));
    expect(outlines.length, page).toBeGreaterThanOrEqual(3);
    expect(new Set(outlines).size, page).toBe(1);
    expect(outlines[0]?.length ?? 0).toBeGreaterThan(1000);
  }
});

test('the JavaScript count includes inline scripts, and only those that run', () => {
  const html =
    '<script>let a = 1;</script><script type="application/ld+json">{"x":1}</script><script src="/x.js"></script>';
  expect(inlineScripts(html)).toEqual(['let a = 1;']);
  // The story page runs inline scripts, which a count of script files alone would miss.
  expect(inlineScripts(readDist('index.html')).length).toBeGreaterThan(0);
  expect(javaScriptBytes(DIST, '/')).toBeGreaterThan(pageWeight(DIST, '/').byKind.js.raw);
});

test('a web font counts when a stylesheet names it, inline or in a file, and only against withFonts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  try {
    mkdirSync(join(dist, 'fonts'));
    mkdirSync(join(dist, 'a'));
    const font = Buffer.alloc(3000, 7);
    writeFileSync(join(dist, 'fonts', 'inline.woff2'), font);
    writeFileSync(join(dist, 'fonts', 'linked.woff2'), font);
    writeFileSync(join(dist, 'a', 'site.css'), '@font-face{font-family:L;src:url("../fonts/linked.woff2")}');
    writeFileSync(
      join(dist, 'a', 'index.html'),
      '<link rel="stylesheet" href="site.css"><style>@font-face{font-family:I;src:url(/fonts/inline.woff2) format("woff2")}</style><p>x</p>',
    );
    const weight = pageWeight(dist, '/a/');
    const fonts = weight.assets.filter((a) => a.kind === 'font').map((a) => a.path);
    expect(fonts.sort()).toEqual(['/fonts/inline.woff2', '/fonts/linked.woff2']);
    expect(weight.byKind.font.raw).toBe(2 * font.length);
    expect(withoutFonts(weight)).toBe(weight.total.brotli - weight.byKind.font.brotli);
    expect(withoutFonts(weight)).toBeLessThan(weight.total.brotli);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
