/**
 * The villages page built from a synthetic dataset, in Debian's Chromium: a village named as markup,
 * a village with a history, an undated report, a place without coordinates, and the report form of
 * every entry. The page of dist/ is tested in tests/browser/villages.test.ts.
 */
import { rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { HOSTILE_NAME, writeVillageFixture } from '../fixtures/synthetic/villages.ts';
import { openSite, type SiteSession, type TabPool, tabPool } from '../helpers/browser.ts';

const PAGES = { kk: '/villages/', ru: '/ru/villages/', en: '/en/villages/' } as const;
const REPO = 'https://github.com/owner/repo';
const EMAIL = 'reports@example.org';

/** A synthetic copy of the site under /xss/, with a village whose names are an HTML payload. */
const XSS_BASE = '/xss/';
let xssOut = '';
let xssData = '';
let site: SiteSession;
/** Reused tabs (each visit a new document); two, for the test that opens a second page beside the first. */
let tabs: TabPool;

beforeAll(async () => {
  xssData = writeVillageFixture({ count: 3, hostile: true, progress: true, undated: true });
  xssOut = buildSite({ DATA_DIR: xssData, SITE_BASE: XSS_BASE, REPO_URL: REPO, REPORT_EMAIL: EMAIL }).outDir;
  site = await openSite({ [XSS_BASE]: xssOut });
  tabs = await tabPool(site, 2, { viewport: { width: 1000, height: 800 } });
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [xssOut, xssData]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openMap(page: Page): Promise<void> {
  await page.click('button.map-open');
  await page.waitForSelector('village-map[data-state="ready"]', { timeout: 15_000 });
}

/** Opens a village's popup from the keyboard, as a reader without a mouse would, and returns it. */
async function openPopup(page: Page, village: string): Promise<Locator> {
  await page.locator(`.village-marker[data-village="${village}"]`).focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  return popup;
}

describe('villages page built from synthetic villages', () => {
  test('shows a village, district and town named as HTML as text in the list, both maps, the labels and the popup', async () => {
    await tabs.use(async (rec) => {
      const dialogs: string[] = [];
      rec.page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await rec.page.goto(`${site.origin}${XSS_BASE}en/villages/`, { waitUntil: 'load' });
      expect(await rec.page.textContent('#village-hostile .village-name')).toBe(HOSTILE_NAME);
      expect(await rec.page.textContent('svg.map-static [data-village="hostile"] title')).toBe(HOSTILE_NAME);
      expect(await rec.page.locator('svg.map-static text').allTextContents()).toContain(HOSTILE_NAME);
      await openMap(rec.page);
      // The town's label on the interactive map is text, not markup.
      expect(await rec.page.locator('.town-label').allTextContents()).toContain(HOSTILE_NAME);
      expect(
        await rec.page.locator('.village-marker[data-village="hostile"]').getAttribute('aria-label'),
      ).toContain(HOSTILE_NAME);
      await openPopup(rec.page, 'hostile');
      expect(await rec.page.textContent('.leaflet-popup .village-name')).toBe(HOSTILE_NAME);
      expect(await rec.page.textContent('.leaflet-popup .village-district')).toBe(HOSTILE_NAME);
      expect(await rec.page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(rec.requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
    });
  });

  test('keeps a connected village on the map as progress, with its history in the list and the popup', async () => {
    await tabs.use(async (rec) => {
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
      const popup = await openPopup(rec.page, 'progress');
      await popup.locator('summary').click();
      expect(await popup.locator('details.village-history li').count()).toBe(2);
      expect(await popup.locator('details.village-history').getAttribute('open')).not.toBeNull();
      expect(rec.consoleErrors).toEqual([]);

      await tabs.use(async (en) => {
        await en.page.goto(`${site.origin}${XSS_BASE}en/villages/`, { waitUntil: 'load' });
        expect(await en.page.locator('.report-notes').textContent()).toContain('could not be located');
      });
    });
  });

  test.each(Object.entries(PAGES) as [keyof typeof PAGES, string][])(
    'every village entry opens the report form in the page language (%s), prefilled, and the popup carries it',
    async (lang, path) => {
      await tabs.use(async (rec) => {
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
        const popup = await openPopup(rec.page, 'progress');
        const popupHref = await popup.locator('a[data-report-village]').getAttribute('href');
        expect(popupHref).toBe(
          await rec.page.locator('#village-progress a[data-report-village]').getAttribute('href'),
        );
        expect(rec.consoleErrors).toEqual([]);
      });
    },
  );

  test('an undated report reads "date not stated", has a dashed outline, its legend line and its filter', async () => {
    const labels = { kk: 'күні көрсетілмеген', ru: 'дата не указана', en: 'date not stated' } as const;
    for (const [lang, path] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
      await tabs.use(async (rec) => {
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
      });
    }
  });

  test('a place without coordinates is listed, named under "cannot be mapped", and never drawn', async () => {
    await tabs.use(async (rec) => {
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
    });
  });
});
