/**
 * Page weight of every built page: HTML, CSS, JavaScript and images, raw, gzip and brotli, counting
 * everything a page loads before any interaction (scripts loaded on request, like the interactive
 * map, are left out, as scripts/lib/page-weight.ts explains). JavaScript inlined into the HTML is
 * counted as JavaScript too, since that is what the reader's phone has to run. Prints the build
 * time, checks the budgets of scripts/lib/budgets.ts and writes bench-results/bench.json.
 *
 *   npm run bench                 build, then measure
 *   npm run bench -- --no-build   measure the dist/ already there
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PAGE_BUDGETS as BUDGETS, inlineScripts, KB, withoutFonts } from './lib/budgets.ts';
import { type AssetKind, pageWeight } from './lib/page-weight.ts';

const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const DIST = resolve('dist');
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(text: string): Sizes {
  const bytes = Buffer.from(text);
  if (bytes.length === 0) return { raw: 0, gzip: 0, brotli: 0 };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function build(): number {
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}`);
    throw new Error('npm run build failed');
  }
  return (performance.now() - started) / 1000;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => basename(name) === 'index.html')
    .sort()
    .map((name) => join(dir, name));
}

const urlPath = (file: string) =>
  `/${relative(DIST, file)
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;

/** Stylesheets inlined into the head (Astro inlines them); styles inside chart SVGs belong to the images. */
function inlineStyles(html: string): string {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  return [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

const buildSeconds = args['no-build'] ? null : build();
const rows = htmlPages(DIST)
  .map((file) => {
    const page = urlPath(file);
    const weight = pageWeight(DIST, page, BASE);
    const html = readFileSync(file, 'utf8');
    const kind = (k: AssetKind) => weight.byKind[k];
    return {
      page,
      html: kind('html'),
      css: add(kind('css'), sizes(inlineStyles(html))),
      js: add(kind('js'), sizes(inlineScripts(html).join('\n'))),
      image: kind('image'),
      font: kind('font'),
      total: weight.total,
      totalWithoutFonts: withoutFonts(weight),
    };
  })
  .sort((a, b) => a.page.localeCompare(b.page));

const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
const triple = (s: Sizes) => `${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`;
const header = [
  'page'.padEnd(40),
  ...['HTML', 'CSS', 'JS', 'images', 'fonts'].map((h) => h.padStart(18)),
  'total br'.padStart(10),
];
console.log(
  'Page weight in KB (1 KB = 1024 bytes), raw / gzip / brotli. HTML is the whole file; the CSS and JS\n' +
    'columns include what is inlined into it, so they overlap with HTML. Total: all the page loads.',
);
console.log(header.join(''));
for (const r of rows)
  console.log(
    [
      r.page.padEnd(40),
      triple(r.html),
      triple(r.css),
      triple(r.js),
      triple(r.image),
      triple(r.font),
      kb(r.total.brotli).padStart(10),
    ].join(''),
  );

let failed = false;
console.log(
  '\nBudgets (scripts/lib/budgets.ts: everything the page loads, brotli, without and with web fonts;\n' +
    'JavaScript raw, inline included):',
);
for (const [page, budget] of Object.entries(BUDGETS)) {
  const r = rows.find((row) => row.page === page);
  if (!r) {
    console.log(`  ${page}: not built`);
    failed = true;
    continue;
  }
  const ok =
    r.totalWithoutFonts <= budget.total && r.total.brotli <= budget.withFonts && r.js.raw <= budget.js;
  failed ||= !ok;
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${page.padEnd(34)} total ${kb(r.totalWithoutFonts)} KB of ${budget.total / KB} KB · with fonts ${kb(r.total.brotli)} KB of ${budget.withFonts / KB} KB · JS ${kb(r.js.raw)} KB of ${budget.js / KB} KB`,
  );
}
console.log(
  buildSeconds === null
    ? '\nBuild: skipped (--no-build)'
    : `\nBuild: ${buildSeconds.toFixed(1)} s (npm run build)`,
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ buildSeconds, budgets: BUDGETS, pages: rows }, null, 2)}\n`,
);
if (failed) process.exitCode = 1;
