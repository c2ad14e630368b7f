/**
 * The design tokens of src/styles/global.css, read from the stylesheet itself: every text/background
 * pair has enough contrast in light and dark mode, the palette is two hues plus grey, the chart
 * palette (src/charts/palette.ts) and the embed stylesheet use the same values, no step of the
 * type scale falls under 12 px on a 320 px screen, and no stylesheet sets text off the scale or in a
 * third weight.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { differenceHueNaive, oklch, wcagContrast } from 'culori';
import postcss, { type AtRule, type Root, type Rule } from 'postcss';
import { describe, expect, test } from 'vitest';
import { BACKGROUND, PALETTE } from '../../src/charts/palette.ts';

type Mode = 'light' | 'dark';
type Tokens = Readonly<Record<string, string>>;

const STYLES = resolve(import.meta.dirname, '../../src/styles');

/** The custom properties set on :root, for light mode and for `prefers-color-scheme: dark`. */
function tokensOf(css: string): Record<Mode, Tokens> {
  const root: Root = postcss.parse(css);
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  root.walkRules(':root', (rule) => {
    const media = rule.parent?.type === 'atrule' ? (rule.parent as AtRule).params : '';
    const target = /prefers-color-scheme:\s*dark/.test(media) ? dark : media === '' ? light : null;
    if (!target) return;
    rule.walkDecls(/^--/, (decl) => {
      target[decl.prop] = decl.value.trim();
    });
  });
  return { light, dark: { ...light, ...dark } };
}

const GLOBAL = tokensOf(readFileSync(`${STYLES}/global.css`, 'utf8'));
const EMBED = tokensOf(readFileSync(`${STYLES}/embed.css`, 'utf8'));

/** Text on a background: body text needs 4.5:1, large text (≥24 px, or ≥18.66 px bold) 3:1. */
const PAIRS: readonly { fg: string; bg: string; min: number; use: string }[] = [
  ...['--bg', '--panel'].flatMap((bg) => [
    { fg: '--fg', bg, min: 4.5, use: 'body text' },
    { fg: '--muted', bg, min: 4.5, use: 'notes, sources, dek' },
    { fg: '--link', bg, min: 4.5, use: 'links' },
    { fg: '--grey', bg, min: 4.5, use: 'context labels' },
    { fg: '--online', bg, min: 3, use: 'large text and marks in the online colour' },
    { fg: '--accent', bg, min: 3, use: 'the lead figure (large text)' },
    { fg: '--focus', bg, min: 3, use: 'focus ring' },
  ]),
  { fg: '--online', bg: '--bg', min: 4.5, use: 'chart labels in the online colour' },
  { fg: '--accent', bg: '--bg', min: 4.5, use: 'chart labels in the accent colour' },
];

describe.each(['light', 'dark'] as const)('%s mode', (mode) => {
  const tokens = GLOBAL[mode];
  const value = (name: string) => {
    const v = tokens[name];
    if (!v) throw new Error(`global.css sets no ${name} for ${mode} mode`);
    return v;
  };

  test.each(PAIRS)('$fg on $bg reaches $min:1 ($use)', ({ fg, bg, min }) => {
    expect(wcagContrast(value(fg), value(bg))).toBeGreaterThanOrEqual(min);
  });

  test('two hues plus grey: every coloured token is a shade of --online or --accent', () => {
    const hue = (v: string) => ({ h: oklch(v)?.h ?? Number.NaN });
    const hues = [hue(value('--online')), hue(value('--accent'))];
    const coloured = Object.entries(tokens).filter(([, v]) => (oklch(v)?.c ?? 0) > 0.03);
    expect(coloured.length).toBeGreaterThanOrEqual(2);
    for (const [name, v] of coloured) {
      const distances = hues.map((h) => Math.abs(differenceHueNaive(hue(v), h)));
      expect(Math.min(...distances), `${name} ${v} is a third hue`).toBeLessThanOrEqual(30);
    }
  });

  test('the chart palette draws with the page colours', () => {
    const css = (name: string) => value(name).toLowerCase();
    expect(BACKGROUND[mode]).toBe(css('--bg'));
    expect(PALETTE.text[mode]).toBe(css('--fg'));
    expect(PALETTE.muted[mode]).toBe(css('--muted'));
    expect(PALETTE.online[mode]).toBe(css('--online'));
    expect(PALETTE.series[mode]).toBe(css('--online'));
    expect(PALETTE.paper[mode]).toBe(css('--accent'));
    expect(PALETTE.total[mode]).toBe(css('--grey'));
    expect(PALETTE.grid[mode]).toBe(css('--rule'));
  });

  test('embeds use the same ink, muted, link, rule and focus colours as the site', () => {
    for (const name of ['--fg', '--muted', '--link', '--rule', '--focus']) {
      expect(EMBED[mode][name], name).toBe(value(name));
    }
  });
});

test('embeds use the site’s font and the steps of its type scale that they set', () => {
  const named = Object.keys(EMBED.light).filter((name) => name === '--font' || name.startsWith('--step-'));
  expect(named.length).toBeGreaterThan(1);
  for (const name of named) expect(EMBED.light[name], name).toBe(GLOBAL.light[name]);
});

/** A length token's size in px on a screen `vw` px wide: rem, px, vw, calc sums and clamp(). */
function px(expr: string, vw: number): number {
  const unit = (s: string): number => {
    const m = /^(-?[\d.]+)(rem|px|vw)$/.exec(s.trim());
    if (!m) throw new Error(`cannot read "${s}"`);
    const n = Number(m[1]);
    return m[2] === 'rem' ? n * 16 : m[2] === 'vw' ? (n * vw) / 100 : n;
  };
  const sum = (s: string) =>
    s
      .split(/\s+\+\s+/)
      .map(unit)
      .reduce((a, b) => a + b, 0);
  const clamp = /^clamp\((.+),(.+),(.+)\)$/.exec(expr.trim());
  if (!clamp) return sum(expr);
  const [lo, mid, hi] = [clamp[1], clamp[2], clamp[3]].map((s) => sum(s ?? ''));
  return Math.min(hi ?? 0, Math.max(lo ?? 0, mid ?? 0));
}

test('the length reader follows clamp() between its bounds', () => {
  expect(px('clamp(1rem, 0.5rem + 2vw, 2rem)', 320)).toBeCloseTo(16);
  expect(px('clamp(1rem, 0.5rem + 2vw, 2rem)', 1000)).toBeCloseTo(28);
  expect(px('clamp(1rem, 0.5rem + 2vw, 2rem)', 2000)).toBeCloseTo(32);
});

describe.each([320, 390, 1280])('the type scale on a %i px screen', (vw) => {
  const steps = Object.entries(GLOBAL.light).filter(([name]) => name.startsWith('--step-'));

  test('has the steps the pages use, from --step--2 to --step-4', () => {
    expect(steps.map(([name]) => name)).toEqual([
      '--step--2',
      '--step--1',
      '--step-0',
      '--step-1',
      '--step-2',
      '--step-3',
      '--step-4',
    ]);
  });

  test.each(steps)('%s is at least 12 px', (_name, value) => {
    expect(px(value, vw)).toBeGreaterThanOrEqual(12);
  });

  test('each step is larger than the one below', () => {
    const sizes = steps.map(([, value]) => px(value, vw));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(sizes.length);
  });
});

/** Every stylesheet of the site's pages and embeds: src/styles and the components' `<style>` blocks. */
function siteStylesheets(): { file: string; css: string }[] {
  const src = resolve(import.meta.dirname, '../../src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' }).flatMap((file) => {
    if (file.endsWith('.css')) return [{ file, css: readFileSync(resolve(src, file), 'utf8') }];
    if (!file.endsWith('.astro')) return [];
    const astro = readFileSync(resolve(src, file), 'utf8');
    return [...astro.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file, css: m[1] ?? '' }));
  });
}

test('text is set only at the sizes of the scale and in two weights', () => {
  const off: string[] = [];
  const sheets = siteStylesheets();
  expect(sheets.length).toBeGreaterThan(5);
  for (const { file, css } of sheets) {
    postcss.parse(css).walkDecls(/^font-(size|weight)$/, (decl) => {
      const ok =
        decl.prop === 'font-size'
          ? /^var\(--step--?\d\)$/.test(decl.value) ||
            (decl.value === '100%' &&
              decl.parent?.type === 'rule' &&
              (decl.parent as Rule).selector === ':root')
          : /^(400|700)$/.test(decl.value);
      if (!ok) off.push(`${file}: ${decl.prop}: ${decl.value}`);
    });
  }
  expect(off).toEqual([]);
});
