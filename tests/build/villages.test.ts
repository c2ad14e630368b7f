/**
 * The villages page in Debian's Chromium: the list and static map without JavaScript, the Leaflet
 * map only on request, one marker per village, keyboard popups, filters in the URL, nothing from
 * another site, and the byte budgets. Reads dist/ (run `npm run build` first; `npm test` does), and
 * builds one more copy of the site from a synthetic dataset with a village named as markup.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAP_OPENED_TOTAL, PAGE_BUDGETS } from '../../scripts/lib/budgets.ts';
import { loadDataset } from '../../src/data/load.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { HOSTILE_NAME, writeVillageFixture } from '../fixtures/synthetic/villages.ts';
import { foreignRequests, openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';
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
const REPO = 'https://github.com/owner/repo';
const EMAIL = 'reports@example.org';

/** A synthetic copy of the site under /xss/, with a village whose names are an HTML payload. */
const XSS_BASE = '/xss/';
let xssOut = '';
let xssData = '';
let site: SiteSession;

beforeAll(async () => {
  xssData = writeVillageFixture({ count: 3, hostile: true, progress: true, undated: true });
  xssOut = buildSite({ DATA_DIR: xssData, SITE_BASE: XSS_BASE, REPO_URL: REPO, REPORT_EMAIL: EMAIL }).outDir;
  site = await openSite({ [XSS_BASE]: xssOut });
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [xssOut, xssData]) if (dir) rmSync(dir, { recursive: true, force: true });
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
    const rec = await recordedPage(site);
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
    await rec.context.close();
  });

  test('opens the map on request: one marker per village, keyboard popups, translated controls, within budget', async () => {
    const rec = await recordedPage(site);
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
    await rec.context.close();
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
    const rec = await recordedPage(site);
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
    const other = await recordedPage(site);
    await other.page.goto(shared, { waitUntil: 'load' });
    await other.page.waitForSelector('village-map[data-state="ready"]', { timeout: 15_000 });
    expect(await other.page.inputValue('select[name="district"]')).toBe(district);
    expect(await markerIds(other.page)).toEqual(drawnInDistrict);
    await other.context.close();
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

  test('shows a village named as HTML as text in the list, the SVG and the popup', async () => {
    const rec = await recordedPage(site);
    const dialogs: string[] = [];
    rec.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await rec.page.goto(`${site.origin}${XSS_BASE}en/villages/`, { waitUntil: 'load' });
    expect(await rec.page.textContent('#village-hostile .village-name')).toBe(HOSTILE_NAME);
    expect(await rec.page.textContent('svg.map-static [data-village="hostile"] title')).toBe(HOSTILE_NAME);
    await openMap(rec.page);
    const marker = rec.page.locator('.village-marker[data-village="hostile"]');
    expect(await marker.getAttribute('aria-label')).toContain(HOSTILE_NAME);
    await marker.focus();
    await rec.page.keyboard.press('Enter');
    await rec.page.locator('.leaflet-popup').waitFor();
    expect(await rec.page.textContent('.leaflet-popup .village-name')).toBe(HOSTILE_NAME);
    expect(await rec.page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(rec.requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
    await rec.context.close();
  });

  test('keeps a connected village on the map as progress, with its history in the list and the popup', async () => {
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}${XSS_BASE}ru/villages/`, { waitUntil: 'load' });
    const item = rec.page.locator('#village-progress');
    expect(await item.getAttribute('data-status')).toBe('offices-connected-fibre');
    expect(await item.locator('.village-status').textContent()).toContain(
      'Государственные учреждения подключены',
    );
    // History on demand, no script needed: a closed <details> with both dated reports, oldest first.
    const history = item.locator('details.village-history');
    expect(await history.getAttribute('open')).toBeNull();
    expect(
      await history
        .locator('li[data-report]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
    ).toEqual(['awaiting-connection', 'offices-connected-fibre']);
    expect(await item.locator('.village-reading').textContent()).toContain('«Ілгер…»');
    // The static map draws it as a diamond (a path with four corners), the legend and filter offer it.
    const mark = rec.page.locator('svg.map-static [data-village="progress"]');
    expect(await mark.getAttribute('data-status')).toBe('offices-connected-fibre');
    expect((await mark.getAttribute('d'))?.match(/L/g)).toHaveLength(3);
    expect(await rec.page.locator('.map-legend').textContent()).toContain(
      'Государственные учреждения подключены',
    );
    await rec.page.selectOption('select[name="status"]', 'offices-connected-fibre');
    await expect
      .poll(() => rec.page.$$eval('li[data-village]:not([hidden])', (els) => els.map((e) => e.id)))
      .toEqual(['village-progress']);
    // English notes stay off the Russian page, which says where they are.
    expect(await rec.page.locator('.report-notes').textContent()).toContain('village-statuses.csv');
    expect(await rec.page.locator('body').textContent()).not.toContain('could not be located');

    await openMap(rec.page);
    const marker = rec.page.locator('.village-marker[data-village="progress"]');
    await marker.focus();
    await rec.page.keyboard.press('Enter');
    const popup = rec.page.locator('.leaflet-popup');
    await popup.waitFor();
    await popup.locator('summary').click();
    expect(await popup.locator('details.village-history li').count()).toBe(2);
    expect(await popup.locator('details.village-history').getAttribute('open')).not.toBeNull();
    expect(rec.consoleErrors).toEqual([]);

    const en = await recordedPage(site);
    await en.page.goto(`${site.origin}${XSS_BASE}en/villages/`, { waitUntil: 'load' });
    expect(await en.page.locator('.report-notes').textContent()).toContain('could not be located');
    await en.context.close();
    await rec.context.close();
  });

  test.each(Object.entries(PAGES) as [keyof typeof PAGES, string][])(
    'every village entry opens the report form in the page language (%s), prefilled, and the popup carries it',
    async (lang, path) => {
      const rec = await recordedPage(site);
      await rec.page.goto(`${site.origin}${XSS_BASE}${path.slice(1)}`, { waitUntil: 'load' });
      const entries = await rec.page.$$eval('li[data-village]', (els) =>
        els.map((e) => ({
          name: e.querySelector('.village-name')?.textContent ?? '',
          href: e.querySelector<HTMLAnchorElement>('a[data-report-village]')?.href ?? '',
        })),
      );
      expect(entries.length).toBeGreaterThan(0);
      for (const { name, href } of entries) {
        const url = new URL(href);
        expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
        expect(url.searchParams.get('template')).toBe(`report-village-${lang}.yml`);
        expect(url.searchParams.get('settlement')).toBe(name);
        expect(url.searchParams.get('district')).toBeTruthy();
      }
      // The page's own box: the empty form in its language, the public notice and the address.
      const box = rec.page.locator('aside.report-village');
      expect(
        new URL((await box.locator('a.report-village-link').getAttribute('href')) ?? '').searchParams.get(
          'template',
        ),
      ).toBe(`report-village-${lang}.yml`);
      expect(await box.locator(`a[href="mailto:${EMAIL}"]`).count()).toBe(1);
      await openMap(rec.page);
      const marker = rec.page.locator('.village-marker[data-village="progress"]');
      await marker.focus();
      await rec.page.keyboard.press('Enter');
      const popup = rec.page.locator('.leaflet-popup');
      await popup.waitFor();
      const popupHref = await popup.locator('a[data-report-village]').getAttribute('href');
      expect(popupHref).toBe(
        await rec.page.locator('#village-progress a[data-report-village]').getAttribute('href'),
      );
      expect(rec.consoleErrors).toEqual([]);
      await rec.context.close();
    },
  );

  test('an undated report reads "date not stated", has a dashed outline, its legend line and its filter', async () => {
    const labels = { kk: 'күні көрсетілмеген', ru: 'дата не указана', en: 'date not stated' } as const;
    for (const [lang, path] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
      const rec = await recordedPage(site);
      await rec.page.goto(`${site.origin}${XSS_BASE}${path.slice(1)}`, { waitUntil: 'load' });
      const item = rec.page.locator('#village-undated');
      expect(await item.getAttribute('data-dated')).toBe('false');
      expect(await item.locator('.village-status').textContent()).toMatch(new RegExp(labels[lang], 'iu'));
      expect(
        await rec.page.locator('svg.map-static [data-village="undated"]').getAttribute('stroke-dasharray'),
      ).toBeTruthy();
      expect(
        await rec.page.locator('svg.map-static [data-village="progress"]').getAttribute('stroke-dasharray'),
      ).toBeNull();
      expect(await rec.page.locator('.map-legend .legend-undated').count()).toBe(1);
      // The filters work once the element has read the page (it then shows the form).
      await rec.page.locator('form.map-filters').waitFor({ state: 'visible' });
      await rec.page.selectOption('select[name="date"]', 'undated');
      await expect
        .poll(() => rec.page.$$eval('li[data-village]:not([hidden])', (els) => els.map((e) => e.id)))
        .toEqual(['village-undated']);
      expect(rec.page.url()).toContain('date=undated');
      await rec.context.close();
    }
  });

  test('a place without coordinates is listed, named under "cannot be mapped", and never drawn', async () => {
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}${XSS_BASE}en/villages/`, { waitUntil: 'load' });
    expect(await rec.page.locator('#village-unplaced .village-unmapped').textContent()).toContain(
      'Not located: synthetic place without coordinates',
    );
    expect(await rec.page.locator('.unmapped [data-unmapped="unplaced"] a').getAttribute('href')).toBe(
      '#village-unplaced',
    );
    expect(await rec.page.locator('svg.map-static [data-village="unplaced"]').count()).toBe(0);
    await openMap(rec.page);
    expect(await rec.page.locator('.village-marker[data-village="unplaced"]').count()).toBe(0);
    expect(await rec.page.locator('.village-marker[data-village="undated"]').count()).toBe(1);
    expect(rec.consoleErrors).toEqual([]);
    await rec.context.close();
  });
});
