/**
 * The one table of byte budgets, read by the budget test (tests/dist/site/budgets.test.ts), the benchmark
 * (scripts/bench.ts) and the village-map browser test. Bytes are deterministic, so budgets are tests.
 *
 * - `total`: the page and everything it loads before any interaction, brotli-compressed as a static
 *   host serves it, web fonts left out.
 * - `withFonts`: the same with every web font its stylesheets name. A page may add a font only if
 *   both hold; the site uses system fonts today, so the two are equal.
 * - `js`: the JavaScript a reader's phone has to parse, raw bytes, inline scripts included (the story
 *   pages ship theirs inline, so counting script files alone would measure nothing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PageWeight, pageWeight } from './page-weight.ts';

export const KB = 1024;

export interface Budget {
  readonly total: number;
  readonly withFonts: number;
  readonly js: number;
}

/** The story: its first screen must reach a phone on a slow connection in one go (issue 17). */
const STORY: Budget = { total: 35 * KB, withFonts: 60 * KB, js: 5 * KB };
/** Methodology and data: long reading pages with tables, no charts to enhance. */
const READING: Budget = { total: 35 * KB, withFonts: 60 * KB, js: 5 * KB };
const VILLAGES: Budget = { total: 60 * KB, withFonts: 60 * KB, js: 60 * KB };
const EMBED: Budget = { total: 20 * KB, withFonts: 20 * KB, js: 20 * KB };

export const PAGE_BUDGETS: Readonly<Record<string, Budget>> = {
  '/': STORY,
  '/ru/': STORY,
  '/en/': STORY,
  '/methodology/': READING,
  '/ru/methodology/': READING,
  '/en/methodology/': READING,
  '/data/': READING,
  '/ru/data/': READING,
  '/en/data/': READING,
  '/villages/': VILLAGES,
  '/ru/villages/': VILLAGES,
  '/en/villages/': VILLAGES,
  '/embed/departments/': EMBED,
  '/ru/embed/departments/': EMBED,
  '/en/embed/connectivity-timeline/': EMBED,
  '/embed/villages-map/': EMBED,
};

/** Brotli bytes of everything the page loads except web fonts. */
export const withoutFonts = (weight: PageWeight): number => weight.total.brotli - weight.byKind.font.brotli;

/** The villages page after the reader opens the interactive map: all it fetched, brotli. */
export const MAP_OPENED_TOTAL = 120 * KB;

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** Data blocks (JSON, JSON-LD, plain text) are never run, so they count as HTML. */
const DATA_BLOCK = /\btype=["']?(application\/(ld\+)?json|text\/plain)["']?/;

/** The bodies of the scripts a page runs from its own HTML. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !DATA_BLOCK.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((body) => body.trim() !== '');
}

/** Raw bytes of JavaScript the page runs before any interaction: its script files and inline scripts. */
export function javaScriptBytes(dist: string, page: string, base = '/'): number {
  const weight = pageWeight(dist, page, base);
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const inline = inlineScripts(html).reduce((sum, body) => sum + Buffer.byteLength(body), 0);
  return weight.byKind.js.raw + inline;
}
