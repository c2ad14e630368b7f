/**
 * The visual budgets that only a browser can measure, on the built site:
 * - no layout shift while a content page loads, at a phone and a desktop width (CLS exactly 0);
 * - no text shown under 12 px on any page at 320, 390 or 1280 px, chart text included: an SVG label's
 *   size is its font size times the scale the SVG is drawn at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';
import { distPages } from '../helpers/dist.ts';

const MIN_TEXT_PX = 12;
const CONTENT = ['', 'villages/', 'methodology/', 'data/'].flatMap((p) =>
  ['', 'ru/', 'en/'].map((l) => `/${l}${p}`),
);
const EVERY_PAGE = distPages()
  .filter((p) => p.endsWith('index.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .sort();

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

test('the pages measured include every content page in every language', () => {
  for (const page of CONTENT) expect(EVERY_PAGE).toContain(page);
});

describe.each([390, 1280])('at %i px', (width) => {
  // One cold context per visit, one visit at a time: run side by side on a loaded 2-core machine, a
  // visit could wait past Playwright's 30 s for the network to go idle (seen once in a full run).
  test.each(CONTENT)('%s does not shift while it loads (CLS 0)', async (path) => {
    const rec = await recordedPage(site, { viewport: { width, height: 800 } });
    await rec.page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        }[]) {
          if (entry.hadRecentInput) continue;
          const nodes = (entry.sources ?? []).map((s) =>
            s.node instanceof Element
              ? `${s.node.tagName.toLowerCase()}.${s.node.className}`
              : String(s.node),
          );
          w.__shifts.push({ value: entry.value, nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await rec.page.waitForLoadState('networkidle');
    // Shifts are reported after the frame that made them: let two frames pass before reading.
    const shifts = await rec.page.evaluate(
      () =>
        new Promise<{ value: number; nodes: string[] }[]>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done((window as unknown as { __shifts: never[] }).__shifts)),
          ),
        ),
    );
    expect(await rec.page.evaluate(() => PerformanceObserver.supportedEntryTypes)).toContain('layout-shift');
    expect(shifts).toEqual([]);
    await rec.context.close();
  });
});

describe.each([320, 390, 1280])('at %i px', (width) => {
  // One tab per width, reused page after page: only the text is measured, so no state carries over.
  let tab: Page;
  beforeAll(async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    tab = await context.newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  test.each(EVERY_PAGE)(`%s shows no text under ${MIN_TEXT_PX} px`, async (path) => {
    await tab.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    const sizes = await tab.evaluate(() => {
      const found: { px: number; text: string; where: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (!text || !el || el.closest('.visually-hidden, .skip-link, script, style, title, desc')) continue;
        // Text that is not rendered (display: none, a closed <details>, the other drawing) has no boxes.
        const range = document.createRange();
        range.selectNodeContents(node);
        const shown = [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
        if (!shown || getComputedStyle(el).visibility === 'hidden') continue;
        let px = Number.parseFloat(getComputedStyle(el).fontSize);
        if (el instanceof SVGGraphicsElement) {
          const m = el.getScreenCTM();
          if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
        }
        const svg = el.closest('svg');
        const where = svg ? `svg${svg.id ? `#${svg.id}` : ''} ${el.tagName}` : el.tagName.toLowerCase();
        found.push({ px: Math.round(px * 100) / 100, text: text.slice(0, 40), where });
      }
      return found;
    });
    expect(sizes.length, 'text found on the page').toBeGreaterThan(0);
    const small = sizes.filter((s) => s.px < MIN_TEXT_PX).map((s) => `${s.px}px ${s.where}: ${s.text}`);
    expect([...new Set(small)]).toEqual([]);
  });
});
