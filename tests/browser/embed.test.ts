import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REGISTRY as EMBEDDABLES } from '../../src/charts/registry.ts';
import {
  axeViolations,
  once,
  openSite,
  recordedPage,
  type SiteSession,
  shownDrawings,
} from '../helpers/browser.ts';
import { readDist } from '../helpers/dist.ts';

const COUNT = EMBEDDABLES.length;
let site: SiteSession;
let hostOrigin: string;

beforeAll(async () => {
  site = await openSite({ '/host/': 'tests/fixtures/embed-host' });
  hostOrigin = site.origin.replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await site?.close();
});

interface FrameHeight {
  id: string;
  iframe: number;
  scroll: number;
  content: number;
}

type Measured = { heights: FrameHeight[]; errors: string[] };

/**
 * A host page loaded at the first width, then resized to each next one, as a reader turning a tablet
 * or narrowing a window would: the frames are measured after each step. One host visit per language
 * and query covers every width (a visit loads all the charts' frames, each a renderer process), and two
 * tests that need the same step share it.
 */
const measure = once(measureSequence, (widths, query) => `${widths.join('>')} ${query}`);
const at = async (sequence: Promise<Map<number, Measured>>, width: number): Promise<Measured> => {
  const step = (await sequence).get(width);
  if (!step) throw new Error(`no measurement at ${width} px`);
  return step;
};

async function measureSequence(widths: readonly number[], query: string): Promise<Map<number, Measured>> {
  const [first = 1000] = widths;
  const rec = await recordedPage(site, { viewport: { width: first, height: 900 } });
  const { page } = rec;
  await page.goto(`${hostOrigin}/host/?site=${encodeURIComponent(site.origin)}&${query}`);
  await page.waitForFunction((n) => (window as unknown as { embedsReady?: number }).embedsReady === n, COUNT);
  const handles = await page.$$('iframe');
  expect(handles).toHaveLength(COUNT);
  // The frames are lazy: bring each into view so it loads, as a reader scrolling would.
  for (const handle of handles) {
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('iframe without a frame');
    await frame.waitForURL(new RegExp(`^${site.origin}/`));
    await frame.waitForLoadState('load');
  }
  await page.waitForFunction(() =>
    [...document.querySelectorAll('iframe')].every((f) => f.style.height !== ''),
  );
  const measureFrames = async (): Promise<FrameHeight[]> => {
    const heights: FrameHeight[] = [];
    for (const handle of handles) {
      const frame = await handle.contentFrame();
      const inside = await frame?.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        content: document.documentElement.getBoundingClientRect().height,
      }));
      heights.push({
        id: (await handle.getAttribute('data-embed-id')) ?? '',
        iframe: await handle.evaluate((f) => f.getBoundingClientRect().height),
        scroll: inside?.scroll ?? -1,
        content: inside?.content ?? -1,
      });
    }
    return heights;
  };
  // Resizing is asynchronous (a message per frame): wait until every frame has settled on its content.
  const misfits = async () =>
    (await measureFrames())
      .filter((h) => Math.abs(h.iframe - h.scroll) > 2)
      .map((h) => `${h.id}: iframe ${h.iframe} vs scrollHeight ${h.scroll}`);
  const steps = new Map<number, Measured>();
  for (const width of widths) {
    if (width !== first) {
      await page.setViewportSize({ width, height: 900 });
      // A frame learns its new width from the browser, after the host's layout: until then it still
      // fits its old height. Wait until every frame's viewport is its iframe's width.
      const stale = async () => {
        const off: string[] = [];
        for (const handle of handles) {
          const outer = await handle.evaluate((f) => f.clientWidth);
          const inner = await (await handle.contentFrame())?.evaluate(() => window.innerWidth);
          if (outer !== inner) off.push(`${await handle.getAttribute('data-embed-id')}: ${inner} ≠ ${outer}`);
        }
        return off;
      };
      await expect.poll(stale, { timeout: 10_000 }).toEqual([]);
    }
    await expect.poll(misfits, { timeout: 10_000 }).toEqual([]);
    steps.set(width, { heights: await measureFrames(), errors: [...rec.consoleErrors] });
  }
  await rec.context.close();
  return steps;
}

function expectFitted(heights: readonly FrameHeight[]) {
  expect(heights.map((h) => h.id)).toEqual(EMBEDDABLES.map((e) => e.chart.id));
  for (const h of heights) {
    expect(
      Math.abs(h.iframe - h.scroll),
      `${h.id}: iframe ${h.iframe} vs scrollHeight ${h.scroll}`,
    ).toBeLessThanOrEqual(2);
    expect(
      Math.abs(h.iframe - h.content),
      `${h.id}: iframe ${h.iframe} vs content ${h.content}`,
    ).toBeLessThanOrEqual(2);
  }
}

/** Loaded at desktop width, then narrowed to a tablet's and a phone's. */
const WIDTHS = [1000, 600, 320] as const;

describe.each(WIDTHS)('at a page width of %i px', (width) => {
  test.each(['kk', 'ru', 'en'])('every %s iframe is as tall as its document', async (lang) => {
    const { heights, errors } = await at(measure(WIDTHS, `lang=${lang}`), width);
    expectFitted(heights);
    expect(errors).toEqual([]);
  });
});

test('frames follow a resize of the host page from desktop to phone', async () => {
  const before = await at(measure(WIDTHS, 'lang=kk'), 1000);
  const after = await at(measure(WIDTHS, 'lang=kk'), 320);
  expectFitted(after.heights);
  // A phone column is narrower, so at least one chart must have grown taller and its frame with it.
  expect(after.heights.some((h, i) => h.iframe > (before.heights[i]?.iframe ?? Infinity) + 2)).toBe(true);
});

test('frames size themselves inside sandbox="allow-scripts" (opaque origin)', async () => {
  const { heights, errors } = await at(measure([600], 'lang=ru&sandbox'), 600);
  expectFitted(heights);
  expect(errors).toEqual([]);
});

test.each(['kk', 'ru', 'en'] as const)(
  'the start heights in the %s snippets are never short of the real height at 600 px, and close to it',
  async (lang) => {
    const { heights } = await at(measure(WIDTHS, `lang=${lang}`), 600);
    const manifest = JSON.parse(readDist('embeds.json')) as {
      charts: { id: string; languages: Record<string, { defaultHeight: number }> }[];
    };
    const report = heights.map((h) => {
      const stated = manifest.charts.find((c) => c.id === h.id)?.languages[lang]?.defaultHeight ?? 0;
      return { id: h.id, stated, actual: Math.round(h.iframe), over: Math.round(stated - h.iframe) };
    });
    console.log(lang, JSON.stringify(report));
    for (const r of report) {
      // Where a host strips embed.js the frame keeps this height: a short one cuts off the footer.
      expect(r.over, `${r.id}: start height short of the page`).toBeGreaterThanOrEqual(0);
      // Close enough that the page barely jumps when embed.js fits the frame.
      expect(r.over / r.actual, `${r.id}: start height too tall`).toBeLessThan(0.1);
    }
  },
);

/** Frames on both sides of each drawing's breakpoint (embed.css), the usual 600 px one and wider. */
const FRAMES = [320, 487, 488, 600, 647, 648, 1000];

describe.each(['kk', 'ru', 'en'])('an embed page in %s, in a frame of any width', (lang) => {
  test.each(EMBEDDABLES.map((e) => e.chart.id))(
    '%s shows one drawing, no smaller than drawn, filling the frame up to a third larger, every label whole',
    async (id) => {
      const rec = await recordedPage(site, { viewport: { width: FRAMES[0] ?? 320, height: 800 } });
      await rec.page.goto(`${site.origin}/${lang === 'kk' ? '' : `${lang}/`}embed/${id}/`);
      for (const width of FRAMES) {
        await rec.page.setViewportSize({ width, height: 800 });
        const shown = await shownDrawings(rec.page, '.embed-chart > div');
        const frame = await rec.page.$eval('.embed-chart', (f) => f.getBoundingClientRect().width);
        expect(shown, `${width} px`).toHaveLength(1);
        const [d] = shown;
        if (!d) continue;
        // In this browser's DejaVu Sans, the widest common system font.
        expect(d.cut, `${width} px: labels cut off at the drawing's edge`).toEqual([]);
        expect(d.width, `${width} px: no wider than the frame`).toBeLessThanOrEqual(frame + 0.5);
        expect(d.width, `${width} px: not shrunk below its ${d.drawn} px`).toBeGreaterThanOrEqual(
          d.drawn - 0.5,
        );
        expect(d.width, `${width} px: grown by a third at most`).toBeLessThanOrEqual((d.drawn * 4) / 3 + 0.5);
        expect(d.width, `${width} px: fills the frame as far as that allows`).toBeGreaterThanOrEqual(
          Math.min(frame, (d.drawn * 4) / 3) - 0.5,
        );
        expect(d.smallest, `${width} px: smallest label`).toBeGreaterThanOrEqual(11.99);
      }
      expect(rec.consoleErrors).toEqual([]);
      await rec.context.close();
    },
  );
});

describe('the "Embed & download" panel under the story’s charts', () => {
  test('without JavaScript the embed code is plain text and no dead button shows', async () => {
    const rec = await recordedPage(site, { javaScriptEnabled: false });
    await rec.page.goto(`${site.origin}/ru/data/`);
    const panels = rec.page.locator('details.embed-panel');
    expect(await panels.count()).toBeGreaterThan(0);
    await rec.page.locator('details.embed-panel summary').first().click();
    const code = await rec.page.locator('.embed-code').first().textContent();
    expect(code).toMatch(/^<iframe src="[^"]+\/ru\/embed\/[a-z-]+\/"/);
    expect(await rec.page.locator('button.embed-copy').first().isVisible()).toBe(false);
    expect(await rec.page.locator('[data-access-date]').first().textContent()).toBe('[укажите дату]');
    await rec.context.close();
  });

  test('with JavaScript the button copies the code and the citation gets today’s date', async () => {
    const rec = await recordedPage(site);
    await rec.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await rec.page.goto(`${site.origin}/en/data/`);
    await rec.page.locator('details.embed-panel summary').first().click();
    const button = rec.page.locator('button.embed-copy').first();
    await button.click();
    const code = await rec.page.locator('.embed-code').first().textContent();
    expect(await rec.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await rec.page.locator('.embed-copy-status').first().textContent()).toBe('Copied');
    const today = await rec.page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
    );
    expect(await rec.page.locator('.embed-citation').first().textContent()).toContain(`(accessed ${today})`);
    expect(rec.consoleErrors).toEqual([]);
    await rec.context.close();
  });

  test('opened, every panel passes axe', async () => {
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}/data/`);
    await rec.page.$$eval('details.embed-panel', (ds) => {
      for (const d of ds) d.setAttribute('open', '');
    });
    const violations = await axeViolations(rec.page, ['details.embed-panel']);
    expect(violations).toEqual([]);
    await rec.context.close();
  });
});
