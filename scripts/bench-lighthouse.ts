/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for the content pages
 * in each language, in Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium by default) against dist/
 * served on loopback, compressed as a static host serves it. The goal is 100 in every category on
 * every content page (issue 17): a page below it is marked and the run exits 1. Performance depends
 * on how busy the machine is (Lighthouse times the page's CPU work), so read it on a quiet machine.
 * Run after a build: `node scripts/bench-lighthouse.ts` (or `-- --only /,/ru/` for some pages).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const PAGES = ['', 'villages/', 'methodology/', 'data/', 'embed/departments/'];
/** Pages held to 100; embeds are measured too, but an embed has no title or description of its own to rank. */
const CONTENT = ['', 'villages/', 'methodology/', 'data/'];
const LANG_PREFIXES = ['', 'ru/', 'en/'];
const PORT = 9333;
const only = args.only?.split(',').map((p) => p.trim());

const server = await serveStatic('dist', 0, {}, { compress: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
  headless: true,
});

const rows: string[][] = [];
const below: string[] = [];
try {
  for (const prefix of LANG_PREFIXES) {
    for (const page of PAGES) {
      if (only && !only.includes(`/${prefix}${page}`)) continue;
      const url = `${server.origin}/${prefix}${page}`;
      if (!existsSync(`dist/${prefix}${page}index.html`)) {
        rows.push([`/${prefix}${page}`, 'not built', '', '', '', '']);
        continue;
      }
      const result = await lighthouse(url, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      const ids = ['performance', 'accessibility', 'best-practices', 'seo'];
      const scores = ids.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
      const audit = (id: string) => result?.lhr.audits[id]?.numericValue ?? Number.NaN;
      const held = CONTENT.includes(page) && scores.some((s) => s < 100);
      if (held) below.push(`/${prefix}${page}`);
      rows.push([
        `/${prefix}${page}`,
        ...scores.map(String),
        `${Math.round(audit('first-contentful-paint'))} ms`,
        `${Math.round(audit('largest-contentful-paint'))} ms`,
        `${Math.round(audit('total-blocking-time'))} ms`,
        audit('cumulative-layout-shift').toFixed(3),
        held ? 'below 100' : '',
      ]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  '\nLighthouse, mobile (Debian Chromium, loopback, simulated slow 4G; FCP, LCP and TBT simulated)',
);
console.log(line(header));
for (const r of rows) console.log(line(r));
if (below.length > 0) {
  console.log(`\nBelow 100 on a content page: ${below.join(', ')}`);
  process.exitCode = 1;
}
