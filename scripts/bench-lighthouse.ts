/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for the main pages in
 * each language, in Debian's Chromium against dist/ served on loopback. Figures are printed, never
 * asserted: scores vary with the machine. Run after a build: `node scripts/bench-lighthouse.ts`.
 */
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const PAGES = ['', 'villages/', 'methodology/', 'data/', 'embed/departments/'];
const LANG_PREFIXES = ['', 'ru/', 'en/'];
const PORT = 9333;

const server = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
  headless: true,
});

const rows: string[][] = [];
try {
  for (const prefix of LANG_PREFIXES) {
    for (const page of PAGES) {
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
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
      const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
      rows.push([
        `/${prefix}${page}`,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        `${Math.round(lcp)} ms`,
      ]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP (simulated slow 4G)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log('\nLighthouse, mobile (Debian Chromium, loopback)');
console.log(line(header));
for (const r of rows) console.log(line(r));
