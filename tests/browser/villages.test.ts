/**
 * The villages page of dist/ in Debian's Chromium: the list and static map without JavaScript, the
 * Leaflet map only on request, one marker per village, keyboard popups, filters in the URL, nothing
 * from another site, and the byte budgets. The same page built from synthetic villages (a name that is
 * markup, a history, an undated report, a place without coordinates) is tested in
 * tests/build/hostile-data.test.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAP_OPENED_TOTAL, PAGE_BUDGETS } from '../../scripts/lib/budgets.ts';
import { loadDataset } from '../../src/data/load.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { t } from '../../src/i18n/ui.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { siteRegion } from '../../src/model/queries.ts';
import {
  foreignRequests,
  openSite,
  recordedPage,
  type SiteSession,
  type TabPool,
  tabPool,
} from '../helpers/browser.ts';
import { DIST } from '../helpers/dist.ts';

const PAGES = { kk: '/villages/', ru: '/ru/villages/', en: '/en/villages/' } as const;
const CLOSE = { kk: 'Жабу', ru: 'Закрыть', en: 'Close' } as const;
const ZOOM_IN = { kk: 'Үлкейту', ru: 'Приблизить', en: 'Zoom in' } as const;

const { dataset } = loadDataset(resolve('data'));
if (!dataset) throw new Error('data/ does not load: run npm run validate');
const model = buildModel(dataset);
const villageIds = model.villages.map((v) => v.id).sort();
/** What is drawn: a place without coordinates is listed only. */
const mappedIds = model.villages
  .filter((v) => v.position !== null)
  .map((v) => v.id)
  .sort();
let site: SiteSession;
/** Reused tabs (each visit a new document); two, for the shared link opened beside the first page. */
let tabs: TabPool;

beforeAll(async () => {
  site = await openSite();
  tabs = await tabPool(site, 2, { viewport: { width: 1000, height: 800 } });
});

afterAll(async () => {
  await site?.close();
});

/** Bytes a static host would send for these same-site URLs, brotli at quality 11. */
function brotliBytes(urls: readonly string[]): number {
  const paths = new Set(urls.map((u) => new URL(u).pathname));
  let total = 0;
  for (const path of paths) {
    let file = join(DIST, decodeURIComponent(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) throw new Error(`${path} was requested but is not in dist/`);
    total += brotliCompressSync(readFileSync(file), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

async function openMap(page: Page): Promise<void> {
  await page.click('button.map-open');
  await page.waitForSelector('village-map[data-state="ready"]', { timeout: 15_000 });
}

const markerIds = (page: Page) =>
  page.$$eval('.village-marker', (els) => els.map((e) => (e as HTMLElement).dataset.village ?? '').sort());
describe.each(Object.entries(PAGES) as [keyof typeof PAGES, string][])('villages page (%s)', (lang, path) => {
  test('lists every village of the data, in the page’s language, with the map but no Leaflet', async () => {
    await tabs.use(async (rec) => {
      await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      const listed = await rec.page.$$eval('li[data-village]', (els) =>
        els.map((e) => (e as HTMLElement).dataset.village ?? '').sort(),
      );
      expect(listed).toEqual(villageIds);
      const names = await rec.page.$$eval('li[data-village] .village-name', (els) =>
        els.map((e) => e.textContent),
      );
      expect(names.sort()).toEqual(model.villages.map((v) => v.names[lang]).sort());
      expect(await rec.page.locator('svg.map-static [data-village]').count()).toBe(mappedIds.length);
      expect(rec.requests.filter((u) => /leaflet|basemap/.test(u))).toEqual([]);
      expect(foreignRequests(rec.requests, site.origin)).toEqual([]);
      expect(rec.consoleErrors).toEqual([]);
    });
  });

  test('opens the map on request: one marker per village, keyboard popups, translated controls, within budget', async () => {
    await tabs.use(async (rec) => {
      await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      const before = [...rec.requests];
      await openMap(rec.page);
      expect(await rec.page.getAttribute('village-map', 'data-markers')).toBe(String(mappedIds.length));
      expect(await markerIds(rec.page)).toEqual(mappedIds);
      expect(await rec.page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe(ZOOM_IN[lang]);
      expect(rec.page.url()).toMatch(/#map$/);
      expect(await rec.page.locator('svg.map-static').isVisible()).toBe(false);
      expect(await rec.page.locator('.leaflet-tile').count()).toBe(0);

      // Enter opens the popup and moves focus into it; Escape closes it and gives focus back.
      const marker = rec.page.locator('.village-marker').first();
      const id = await marker.getAttribute('data-village');
      const village = model.villages.find((v) => v.id === id);
      expect(await marker.getAttribute('aria-label')).toContain(village?.names[lang]);
      await marker.focus();
      await rec.page.keyboard.press('Enter');
      const popup = rec.page.locator('.leaflet-popup');
      await popup.waitFor();
      expect(await popup.textContent()).toContain(village?.names[lang]);
      expect(await rec.page.evaluate(() => !!document.activeElement?.closest('.leaflet-popup'))).toBe(true);
      expect(await rec.page.getAttribute('.leaflet-popup-close-button', 'aria-label')).toBe(CLOSE[lang]);
      await rec.page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      expect(
        await rec.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.village),
      ).toBe(id);

      expect(foreignRequests(rec.requests, site.origin)).toEqual([]);
      expect(rec.consoleErrors).toEqual([]);
      // Budgets (scripts/lib/budgets.ts): everything the page fetched, brotli, before and after asking for the map.
      expect(brotliBytes(before)).toBeLessThanOrEqual(PAGE_BUDGETS['/villages/']?.total ?? 0);
      expect(brotliBytes(rec.requests)).toBeLessThanOrEqual(MAP_OPENED_TOTAL);
    });
  });
});

describe('villages page behaviour', () => {
  test('filters the list and the map together and keeps the filter in the address', async () => {
    const district = model.villages[0]?.districtId ?? '';
    const inDistrict = model.villages
      .filter((v) => v.districtId === district)
      .map((v) => v.id)
      .sort();
    const drawnInDistrict = inDistrict.filter((id) => mappedIds.includes(id));
    await tabs.use(async (rec) => {
      await rec.page.goto(`${site.origin}/en/villages/`, { waitUntil: 'load' });
      await rec.page.selectOption('select[name="district"]', district);
      expect(rec.page.url()).toContain(`?district=${district}`);
      const visible = () =>
        rec.page.$$eval('li[data-village]:not([hidden])', (els) =>
          els.map((e) => (e as HTMLElement).dataset.village ?? '').sort(),
        );
      expect(await visible()).toEqual(inDistrict);
      await openMap(rec.page);
      expect(await rec.page.getAttribute('village-map', 'data-markers')).toBe(String(drawnInDistrict.length));
      expect(await markerIds(rec.page)).toEqual(drawnInDistrict);

      // The shared link reopens the same view, map included.
      const shared = rec.page.url();
      expect(shared).toMatch(new RegExp(`\\?district=${district}#map$`));
      await tabs.use(async (other) => {
        await other.page.goto(shared, { waitUntil: 'load' });
        await other.page.waitForSelector('village-map[data-state="ready"]', { timeout: 15_000 });
        expect(await other.page.inputValue('select[name="district"]')).toBe(district);
        expect(await markerIds(other.page)).toEqual(drawnInDistrict);
      });
    });
  });

  test('formats no number while it loads: the unfiltered count comes with the page, a filtered one is written on change', async () => {
    const region = siteRegion(model);
    const listed = model.villages.filter((v) => v.regionId === region.id);
    const district = listed[0]?.districtId ?? '';
    const inDistrict = listed.filter((v) => v.districtId === district).length;
    const count = (lang: keyof typeof PAGES, shown: number) =>
      t(lang, 'map.filter.shown', {
        shown: formatNumber(lang, shown),
        total: formatNumber(lang, listed.length),
      });
    // Each language's page is built with its own count, in its own words and digits.
    for (const [lang, path] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(/<output class="map-count"[^>]*>([^<]*)<\/output>/.exec(html)?.[1], lang).toBe(
        count(lang, listed.length),
      );
    }
    const rec = await recordedPage(site);
    // The first Intl formatter of a page loads its language's data, a long task on a slow phone.
    await rec.page.addInitScript(() => {
      const made = { n: 0 };
      Object.defineProperty(window, '__numberFormats', { value: made });
      Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
        construct: (target, args) => {
          made.n++;
          return Reflect.construct(target, args);
        },
        apply: (target, self, args) => {
          made.n++;
          return Reflect.apply(target, self, args);
        },
      });
    });
    const made = () =>
      rec.page.evaluate(() => (window as unknown as { __numberFormats: { n: number } }).__numberFormats.n);
    await rec.page.goto(`${site.origin}${PAGES.kk}`, { waitUntil: 'load' });
    await rec.page.waitForFunction(() => !document.querySelector('form.map-filters')?.hasAttribute('hidden'));
    expect(await rec.page.textContent('.map-count')).toBe(count('kk', listed.length));
    expect(await made()).toBe(0);
    await rec.page.selectOption('select[name="district"]', district);
    expect(await rec.page.textContent('.map-count')).toBe(count('kk', inDistrict));
    expect(await made()).toBeGreaterThan(0);
    await rec.context.close();
  });

  test('does not open the map by itself when the browser asks to save data', async () => {
    const rec = await recordedPage(site);
    await rec.page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    });
    await rec.page.goto(`${site.origin}/en/villages/#map`, { waitUntil: 'load' });
    // The script says why it held back once it has decided: wait for that, then check nothing loaded.
    await expect.poll(() => rec.page.textContent('.map-status'), { timeout: 10_000 }).toMatch(/Data Saver/);
    expect(rec.requests.filter((u) => /leaflet|basemap/.test(u))).toEqual([]);
    await openMap(rec.page);
    expect(await markerIds(rec.page)).toEqual(mappedIds);
    await rec.context.close();
  });

  test('reads without JavaScript: list, static map and sources are there, controls that need script are not', async () => {
    const rec = await recordedPage(site, { javaScriptEnabled: false });
    await rec.page.goto(`${site.origin}/villages/`, { waitUntil: 'load' });
    expect(await rec.page.locator('li[data-village]').count()).toBe(villageIds.length);
    expect(await rec.page.locator('svg.map-static').isVisible()).toBe(true);
    expect(await rec.page.locator('#sources-heading').count()).toBe(1);
    expect(await rec.page.locator('form.map-filters').isVisible()).toBe(false);
    expect(await rec.page.locator('button.map-open').isVisible()).toBe(false);
    expect(rec.requests.filter((u) => /leaflet|basemap|\.js$/.test(u))).toEqual([]);
    await rec.context.close();
  });
});
