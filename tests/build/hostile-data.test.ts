/**
 * Hostile text in the data (markup, script, event handlers, spreadsheet formulas) must come out as
 * inert text everywhere the site republishes it: pages, tooltips, popups, embed pages, oEmbed JSON and
 * CSV downloads. Builds the whole site from a copy of the synthetic fixture with such names.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
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
  edit('villages.csv', 'Альфа,Альфа,Alpha', [IMG, IMG, IMG].map(csvCell).join(','));
  edit('geo/places.geojson', '"name_en":"Capital"', `"name_en":${JSON.stringify(IMG)}`);
  edit('digitization.csv', '"said to lag, no figures"', csvCell(`"><script>window.__pwned=1</script>`));
  return dir;
}

const files = filesUnder;

const BASE = '/hostile/';
let data = '';
let out = '';
let site: SiteSession;
let tab: TabPool;

beforeAll(async () => {
  data = hostileData();
  out = buildSite({ DATA_DIR: data, SITE_BASE: BASE }).outDir;
  site = await openSite({ [BASE]: out });
  tab = await tabPool(site, 1, { viewport: { width: 1000, height: 800 } });
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [data, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

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
        expect(popupNames).toContain(IMG);
        await expectInert(rec, dialogs);
      });
    },
  );
});
