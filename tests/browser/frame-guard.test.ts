/**
 * The inline frame guard on GitHub Pages, where `frame-ancestors` cannot be sent: a non-embed page
 * framed by another origin shows only a link to open it on its own site; embed pages stay framable;
 * a page that is not framed, or read without JavaScript, is untouched.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  openSite,
  type PageRecord,
  recordedPage,
  type SiteSession,
  type TabPool,
  type TabRecord,
  tabPool,
} from '../helpers/browser.ts';

let site: SiteSession;
let hostOrigin: string;
/** One reused tab for the visits with script on: each is a new host page and a new framed document. */
let tab: TabPool;

beforeAll(async () => {
  site = await openSite({ '/frame-host/': 'tests/fixtures/frame-host' });
  // Same server, another origin: localhost and 127.0.0.1 are different sites to the browser.
  hostOrigin = site.origin.replace('127.0.0.1', 'localhost');
  tab = await tabPool(site, 1, { viewport: { width: 1000, height: 800 } });
});
afterAll(async () => {
  await site?.close();
});

/** Loads the host page of another origin with `path` in its frame, and waits for the frame. */
async function frame(rec: TabRecord | PageRecord, path: string, javaScriptEnabled = true): Promise<Frame> {
  const target = `${site.origin}${path}`;
  if (!javaScriptEnabled) {
    // Without JavaScript the host cannot set the frame's src either, so it is written into the page.
    await rec.page.goto(`${hostOrigin}/frame-host/`);
    await rec.page.setContent(`<iframe id="victim" src="${target}" width="800" height="600"></iframe>`);
  } else {
    await rec.page.goto(`${hostOrigin}/frame-host/?src=${encodeURIComponent(target)}`);
  }
  const handle = await rec.page.waitForSelector('#victim');
  await expect.poll(async () => (await handle.contentFrame())?.url()).toBe(target);
  const framed = (await handle.contentFrame()) as Frame;
  await framed.waitForLoadState('load');
  return framed;
}

describe('a non-embed page framed by another site', () => {
  test.each(['/', '/ru/villages/', '/en/data/'])(
    '%s shows only a link to itself, in its language',
    async (path) => {
      await tab.use(async (rec) => {
        const body = await (await frame(rec, path)).evaluate(() => ({
          links: [...document.body.querySelectorAll('a')].map((a) => ({
            href: a.href,
            target: a.target,
            text: a.textContent,
          })),
          text: (document.body.textContent ?? '').trim(),
          visible: getComputedStyle(document.documentElement).visibility,
          lang: document.documentElement.lang,
          label: document.documentElement.dataset.frameOpen,
        }));
        expect(body.links).toEqual([{ href: `${site.origin}${path}`, target: '_top', text: body.label }]);
        expect(body.text).toBe(body.label);
        expect(body.visible).toBe('visible');
        expect(body.label?.length).toBeGreaterThan(5);
        expect(rec.consoleErrors).toEqual([]);
      });
    },
  );
});

describe('what the guard leaves alone', () => {
  test('an embed page framed by another site keeps its chart', async () => {
    await tab.use(async (rec) => {
      expect(await (await frame(rec, '/embed/departments/')).locator('svg').count()).toBeGreaterThan(0);
    });
  });

  test('a page not in a frame is whole, and its CSP lets the guard run (no violation logged)', async () => {
    await tab.use(async ({ page, consoleErrors }) => {
      await page.goto(`${site.origin}/ru/`);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe(
        'visible',
      );
      expect(consoleErrors).toEqual([]);
    });
  });

  test('without JavaScript a framed page still reads (the guard is no CSS trap)', async () => {
    const rec = await recordedPage(site, { javaScriptEnabled: false });
    const framed = await frame(rec, '/', false);
    expect(await framed.locator('h1').count()).toBe(1);
    expect(await framed.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe(
      'visible',
    );
    await rec.context.close();
  });
});
