/**
 * Hostile text in the data (markup, script, event handlers, spreadsheet formulas) must come out as
 * inert text everywhere the site republishes it: pages, tooltips, popups, embed pages, oEmbed JSON and
 * CSV downloads. Builds the whole site from a copy of the synthetic fixture with such names.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';
import { loadMutated, replace, VALID_FIXTURE } from '../helpers/fixture.ts';

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
  edit('digitization.csv', '"said to lag, no figures"', csvCell(`"><script>window.__pwned=1</script>`));
  return dir;
}

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const BASE = '/hostile/';
let data = '';
let out = '';
let site: SiteSession;

beforeAll(async () => {
  data = hostileData();
  out = buildSite({ DATA_DIR: data, SITE_BASE: BASE }).outDir;
  site = await openSite({ [BASE]: out });
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of [data, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a javascript: URL in a source is refused by the validator', () => {
  const r = loadMutated({ 'sources.csv': replace('https://example.org/report', 'javascript:alert(1)') });
  expect(r.dataset).toBeNull();
  expect(r.issues.map((i) => i.code)).toContain('invalid-url');
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

  test.each([
    '',
    'ru/',
    'en/',
    'villages/',
    'en/villages/',
    'embed/departments/',
    'en/embed/villages-map/',
    'en/data/',
  ])('in Chromium, /%s runs none of it, on load, tooltips or popups', async (path) => {
    const rec = await recordedPage(site);
    const dialogs: string[] = [];
    rec.page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await rec.page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
    // Exercise the enhancements that write data into the page: chart tooltips and the map popup.
    for (const hit of await rec.page.locator('[tabindex="0"]').all()) {
      await hit.focus().catch(() => {});
      await hit.hover({ timeout: 500 }).catch(() => {});
    }
    const open = rec.page.locator('button[data-open-map], .map-open, button:has-text("map")');
    if ((await open.count()) > 0)
      await open
        .first()
        .click({ timeout: 2000 })
        .catch(() => {});
    await rec.page.waitForTimeout(300);
    expect(
      await rec.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await rec.page.locator('img[src="x"], script:not([src]):has-text("__pwned")').count()).toBe(0);
    await rec.context.close();
  });
});
