/**
 * One site built from synthetic data at its most awkward, in Debian's Chromium (a site build costs
 * about 17 core-seconds, so the two suites share one):
 * - hostile text in the data (markup, script, event handlers, spreadsheet formulas) must come out as
 *   inert text everywhere the site republishes it: pages, tooltips, popups, embed pages, oEmbed JSON
 *   and CSV downloads;
 * - the villages page with made-up villages (tests/fixtures/synthetic/villages.ts): a village, district
 *   and town named as markup, a village with a history, an undated report, a place without
 *   coordinates, and the report form of every entry. The page of dist/ is tested in
 *   tests/browser/villages.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Dialog, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { HOSTILE_NAME, writeVillageFixture } from '../fixtures/synthetic/villages.ts';
import { openSite, type SiteSession, type TabPool, type TabRecord, tabPool } from '../helpers/browser.ts';
import { filesUnder } from '../helpers/dist.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '<svg onload="window.__pwned=1">';
const FORMULA = '=HYPERLINK("https://evil.example","x")';
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

function hostileData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dz-hostile-data-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit(
    'departments.csv',
    'Білім басқармасы,Управление образования,Department of Education',
    [IMG, IMG, IMG].map(csvCell).join(','),
  );
  edit(
    'departments.csv',
    'Ауыл шаруашылығы басқармасы,Управление сельского хозяйства,Department of Agriculture',
    [FORMULA, FORMULA, FORMULA].map(csvCell).join(','),
  );
  edit('sources.csv', 'Synthetic test report', csvCell(`${SCRIPT}Report`));
  edit(
    'indicators.csv',
    'Интернеті жоқ ауылдар,Сёла без интернета,Villages without internet',
    [SVG, SVG, SVG].map(csvCell).join(','),
  );
  edit('geo/places.geojson', '"name_en":"Capital"', `"name_en":${JSON.stringify(IMG)}`);
  edit('digitization.csv', '"said to lag, no figures"', csvCell(`"><script>window.__pwned=1</script>`));
  return dir;
}

const files = filesUnder;

const PAGES = { kk: '/villages/', ru: '/ru/villages/', en: '/en/villages/' } as const;
const REPO = 'https://github.com/owner/repo';
const EMAIL = 'reports@example.org';

const BASE = '/hostile/';
let hostile = '';
let data = '';
let out = '';
let site: SiteSession;
let tab: TabPool;
/** Reused tabs (each visit a new document); two, for the test that opens a second page beside the first. */
let tabs: TabPool;

beforeAll(async () => {
  hostile = hostileData();
  // Its villages replaced by made-up ones, one named as markup (which also names its district and
  // the regional seat so).
  data = writeVillageFixture({ from: hostile, count: 3, hostile: true, progress: true, undated: true });
  out = buildSite({ DATA_DIR: data, SITE_BASE: BASE, REPO_URL: REPO, REPORT_EMAIL: EMAIL }).outDir;
  site = await openSite({ [BASE]: out });
  tab = await tabPool(site, 1, { viewport: { width: 1000, height: 800 } });
  tabs = await tabPool(site, 2, { viewport: { width: 1000, height: 800 } });
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [hostile, data, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Visits a page in the file's one reused tab (nothing carries over: each visit is a new document),
 * recording any dialog the page opens.
 */
function visit(path: string, check: (rec: TabRecord, dialogs: readonly string[]) => Promise<void>) {
  return tab.use(async (rec) => {
    const dialogs: string[] = [];
    const onDialog = async (d: Dialog) => {
      dialogs.push(d.message());
      await d.dismiss();
    };
    rec.page.on('dialog', onDialog);
    try {
      await rec.page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
      await check(rec, dialogs);
    } finally {
      rec.page.off('dialog', onDialog);
    }
  });
}

describe('the site built from hostile data', () => {
  test('no HTML file carries the markup unescaped', () => {
    const html = files(out).filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(10);
    for (const file of html) {
      const text = readFileSync(join(out, file), 'utf8');
      // Escaped text such as `&lt;img src=x onerror="…"&gt;` is inert; only raw tags would run.
      for (const payload of [IMG, SCRIPT, SVG, '"><script>'])
        expect(text.includes(payload), `${file}: ${payload}`).toBe(false);
    }
  });

  test('oEmbed JSON keeps the names as text inside its HTML snippet', () => {
    const oembeds = files(out).filter((f) => f.endsWith('oembed.json'));
    expect(oembeds.length).toBeGreaterThan(0);
    for (const file of oembeds) {
      const json = JSON.parse(readFileSync(join(out, file), 'utf8')) as { html?: string; title?: string };
      for (const payload of [IMG, SCRIPT, SVG]) expect(json.html ?? '', file).not.toContain(payload);
    }
  });

  test('CSV downloads neutralise formulas and keep markup as plain text', () => {
    const csvs = files(out).filter((f) => /embed\/departments\/data\.csv$/.test(f));
    expect(csvs.length).toBe(3);
    for (const file of csvs) {
      const rows = Papa.parse<string[]>(
        readFileSync(join(out, file), 'utf8').replace(/^\ufeff/, ''),
      ).data.flat();
      expect(rows.some((cell) => cell.startsWith('='))).toBe(false);
      expect(rows).toContain(`'${FORMULA}`);
    }
  });

  /** Nothing the data carried ran: no dialog, no flag, and no element with the payload's tags or handlers. */
  async function expectInert(rec: TabRecord, dialogs: readonly string[]) {
    expect(
      await rec.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(
      await rec.page
        .locator('img[src="x"], [onerror], [onload], script:not([src]):has-text("__pwned")')
        .count(),
    ).toBe(0);
    expect(rec.requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
  }

  test.each([
    '',
    'ru/',
    'en/',
    'embed/departments/',
    'en/embed/connectivity-timeline/',
    'en/embed/villages-map/',
    'en/data/',
  ])('in Chromium, /%s runs none of it, on load or in any chart tooltip', async (path) => {
    await visit(path, async (rec, dialogs) => {
      // Every tooltip the page offers, by keyboard: each shows its label as plain text.
      const hits = await rec.page.locator('figure.chart [tabindex="0"]:visible').all();
      // Story pages enhance their charts; embed pages keep the native <title> tooltips.
      if (/^(ru\/|en\/)?$/.test(path)) expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        await hit.focus();
        const tip = hit.locator('xpath=ancestor::figure[1]').locator('.chart-tip');
        await expect.poll(() => tip.isVisible()).toBe(true);
        expect(await tip.textContent()).toBe(await hit.getAttribute('aria-label'));
        expect(await tip.evaluate((el) => el.children.length)).toBe(0);
      }
      if (path === '') {
        // The department named as markup is in a tooltip, as text.
        const labels = await Promise.all(hits.map((h) => h.getAttribute('aria-label')));
        expect(labels.some((l) => l?.includes(IMG))).toBe(true);
      }
      await expectInert(rec, dialogs);
    });
  });

  test.each(['villages/', 'en/villages/'])(
    'in Chromium, /%s runs none of it in the list, the map or any village popup',
    async (path) => {
      await visit(path, async (rec, dialogs) => {
        await rec.page.click('button.map-open');
        await rec.page.waitForSelector('village-map[data-state="ready"]', { timeout: 15_000 });
        const markers = await rec.page.locator('.village-marker').all();
        expect(markers.length).toBeGreaterThan(0);
        const popupNames: string[] = [];
        for (const marker of markers) {
          await marker.focus();
          await rec.page.keyboard.press('Enter');
          const popup = rec.page.locator('.leaflet-popup');
          await popup.waitFor();
          popupNames.push((await popup.locator('.village-name').textContent()) ?? '');
          await rec.page.keyboard.press('Escape');
          await popup.waitFor({ state: 'detached' });
        }
        // The village named as markup opened its popup and showed the markup as text.
        expect(popupNames).toContain(HOSTILE_NAME);
        await expectInert(rec, dialogs);
      });
    },
  );
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
    await visit('en/villages/', async (rec, dialogs) => {
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
      await rec.page.goto(`${site.origin}${BASE}ru/villages/`, { waitUntil: 'load' });
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
      // From the keyboard, as the popup was opened: on this fixture's map the village sits at the top
      // edge of the bounds, where the map cannot pan far enough to show the popup whole.
      await popup.locator('summary').focus();
      await rec.page.keyboard.press('Enter');
      expect(await popup.locator('details.village-history li').count()).toBe(2);
      expect(await popup.locator('details.village-history').getAttribute('open')).not.toBeNull();
      expect(rec.consoleErrors).toEqual([]);

      await tabs.use(async (en) => {
        await en.page.goto(`${site.origin}${BASE}en/villages/`, { waitUntil: 'load' });
        expect(await en.page.locator('.report-notes').textContent()).toContain('could not be located');
      });
    });
  });

  test.each(Object.entries(PAGES) as [keyof typeof PAGES, string][])(
    'every village entry opens the report form in the page language (%s), prefilled, and the popup carries it',
    async (lang, path) => {
      await tabs.use(async (rec) => {
        await rec.page.goto(`${site.origin}${BASE}${path.slice(1)}`, { waitUntil: 'load' });
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
        await rec.page.goto(`${site.origin}${BASE}${path.slice(1)}`, { waitUntil: 'load' });
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
      await rec.page.goto(`${site.origin}${BASE}en/villages/`, { waitUntil: 'load' });
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
