/**
 * The inline frame guard on GitHub Pages, where `frame-ancestors` cannot be sent: a non-embed page
 * framed by another origin shows only a link to open it on its own site; embed pages stay framable;
 * a page that is not framed, or read without JavaScript, is untouched.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';

let site: SiteSession;
let hostOrigin: string;

beforeAll(async () => {
  site = await openSite({ '/frame-host/': 'tests/fixtures/frame-host' });
  // Same server, another origin: localhost and 127.0.0.1 are different sites to the browser.
  hostOrigin = site.origin.replace('127.0.0.1', 'localhost');
});
afterAll(async () => {
  await site?.close();
});

async function framed(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const rec = await recordedPage(site, { javaScriptEnabled: options.javaScriptEnabled ?? true });
  const target = `${site.origin}${path}`;
  if (options.javaScriptEnabled === false) {
    // Without JavaScript the host cannot set the frame's src either, so it is written into the page.
    await rec.page.goto(`${hostOrigin}/frame-host/`);
    await rec.page.setContent(`<iframe id="victim" src="${target}" width="800" height="600"></iframe>`);
  } else {
    await rec.page.goto(`${hostOrigin}/frame-host/?src=${encodeURIComponent(target)}`);
  }
  const handle = await rec.page.waitForSelector('#victim');
  await expect.poll(async () => (await handle.contentFrame())?.url()).toBe(target);
  const frame = (await handle.contentFrame()) as Frame;
  await frame.waitForLoadState('load');
  return { ...rec, frame };
}

describe('a non-embed page framed by another site', () => {
  test.each(['/', '/ru/villages/', '/en/data/'])(
    '%s shows only a link to itself, in its language',
    async (path) => {
      const { frame, context, consoleErrors } = await framed(path);
      const body = await frame.evaluate(() => ({
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
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );
});

describe('what the guard leaves alone', () => {
  test('an embed page framed by another site keeps its chart', async () => {
    const { frame, context } = await framed('/embed/departments/');
    expect(await frame.locator('svg').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('a page not in a frame is whole, and its CSP lets the guard run (no violation logged)', async () => {
    const { page, context, consoleErrors } = await recordedPage(site);
    await page.goto(`${site.origin}/ru/`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe('visible');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('without JavaScript a framed page still reads (the guard is no CSS trap)', async () => {
    const { frame, context } = await framed('/', { javaScriptEnabled: false });
    expect(await frame.locator('h1').count()).toBe(1);
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe('visible');
    await context.close();
  });
});
