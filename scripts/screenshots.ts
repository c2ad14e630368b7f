/**
 * Screenshots of every content page (story, villages, methodology, data) in kk, ru and en, at a
 * desktop and a phone width, taken in Debian's Chromium over the built dist/. They let a reviewer see
 * what a change did to every page without building the site. Each shot is the first screens of the
 * page (a full story page is ten screens of text, which a reviewer reads in the browser instead),
 * saved as a 256-colour PNG so the set stays small in the repository.
 *
 *   npm run screenshots                          build first (npm run build), then this
 *   npm run screenshots -- --embeds              embeds too
 *   npm run screenshots -- --out DIR --screens 3
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    screens: { type: 'string', default: '2' },
    embeds: { type: 'boolean', default: false },
  },
});

const DIST = resolve('dist');
const OUT = resolve(args.out);
const SCREENS = Number(args.screens);
if (!Number.isInteger(SCREENS) || SCREENS < 1) throw new Error(`--screens must be a whole number ≥ 1`);

/** A desktop and a common phone, both at device pixel ratio 1 so the files stay small. */
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LANGS = [
  { lang: 'kk', prefix: '' },
  { lang: 'ru', prefix: 'ru/' },
  { lang: 'en', prefix: 'en/' },
] as const;
const CONTENT = [
  { name: 'story', path: '' },
  { name: 'villages', path: 'villages/' },
  { name: 'methodology', path: 'methodology/' },
  { name: 'data', path: 'data/' },
];

function embedPages(): { name: string; path: string }[] {
  const dir = join(DIST, 'embed');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => statSync(join(dir, id)).isDirectory())
    .sort()
    .map((id) => ({ name: `embed-${id}`, path: `embed/${id}/` }));
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(1);
}

const pages = [...CONTENT, ...(args.embeds ? embedPages() : [])];
/** Only this script's own files are replaced; other pictures in the folder stay. */
const OWN = /^(story|villages|methodology|data|embed-[\w-]+)-(kk|ru|en)-\d+\.png$/;
mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) if (OWN.test(name)) rmSync(join(OUT, name));

const server = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const written: { file: string; url: string; width: number; height: number; bytes: number }[] = [];
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const { lang, prefix } of LANGS) {
      for (const p of pages) {
        const url = `/${prefix}${p.path}`;
        if (!existsSync(join(DIST, prefix, p.path, 'index.html'))) continue;
        await page.goto(`${server.origin}${url}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        const height = Math.min(full, viewport.height * SCREENS);
        const shot = await page.screenshot({
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height },
          animations: 'disabled',
        });
        const png = await sharp(shot).png({ palette: true, colours: 256, effort: 10 }).toBuffer();
        const file = `${p.name}-${lang}-${viewport.width}.png`;
        writeFileSync(join(OUT, file), png);
        written.push({ file, url, width: viewport.width, height, bytes: png.length });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const others = readdirSync(OUT).filter((n) => n.endsWith('.png') && !OWN.test(n));
const total = written.reduce((sum, w) => sum + w.bytes, 0);
const cells = [
  ...written.map((w) => [`[${w.file}](${w.file})`, `\`${w.url}\``, `${w.width}×${w.height}`]),
  ...others.map((name) => [`[${name}](${name})`, '(not written by the script)', '']),
];
/** A Markdown table with padded columns, as the formatter (Biome) writes it, so lint stays clean. */
function table(head: readonly string[], body: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const row = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [row(head), row(widths.map((w) => '-'.repeat(w))), ...body.map(row)];
}
writeFileSync(
  join(OUT, 'README.md'),
  [
    '# Screenshots',
    '',
    'Written by `npm run screenshots` (scripts/screenshots.ts) from the built `dist/` in Chromium, light',
    `mode: the first ${SCREENS} screens of each page at 1280 px (desktop, 800 px screens) and 390 px (phone,`,
    '844 px screens), as 256-colour PNG. Rebuild the site and run the script again after a visual change;',
    'it replaces the files listed here and leaves other pictures in the folder alone.',
    '',
    ...table(['File', 'Page', 'Size (px)'], cells),
    '',
  ].join('\n'),
);
console.log(`${written.length} screenshots, ${(total / 1024).toFixed(0)} KB, in ${args.out}`);
