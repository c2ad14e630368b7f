/**
 * A data pull request of the kinds the site must take without code changes: later department
 * figures with totals, a status change, a new department, a new source, later indicator values and
 * a new village (tests/fixtures/later-years). The whole site is built from it, and every page, table,
 * CSV and embed must show the 2018 figures and the later ones side by side. The same build, served
 * under /later/ beside dist/, carries the enhancement script's tests in Chromium (counts/shares switch,
 * tooltips on focus): one site build serves both.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareChart } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { formatNumber, formatPartialDate, formatPercent } from '../../src/i18n/format.ts';
import { LANGS, localePath } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { getModel } from '../../src/model/load-model.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { departmentFacts } from '../../src/model/story-facts.ts';
import type { Lang } from '../../src/model/types.ts';
import { LATER_YEARS_FIXTURE, laterYearsModel } from '../charts/chart-fixture.ts';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';

const model = laterYearsModel();
const region = siteRegion(model);
const facts = departmentFacts(model, region, 2018);
const records = model.digitization;
let out = '';
let site: SiteSession;
/** Where the browser finds this build, beside dist/ at the root. */
const BASE = '/later/';

beforeAll(async () => {
  out = buildSite({ DATA_DIR: LATER_YEARS_FIXTURE, SITE_BASE: BASE }).outDir;
  site = await openSite({ [BASE]: out });
}, 240_000);
afterAll(async () => {
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const page = (lang: Lang, path = '') =>
  parseHTML(read(`${localePath(lang, path).slice(1)}index.html`)).document;
const textOf = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Cell texts of a table, row by row, without the header. */
const bodyRows = (table: Element | null) =>
  [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => textOf(c)));

describe.each(LANGS)('the story built from later years (%s)', (lang) => {
  const doc = () => page(lang);

  test('the departments table has one row per department and year, 2018 beside the later years', () => {
    const rows = bodyRows(doc().querySelector('#chart-departments table'));
    const expected = prepareChart(model, 'departments').table(lang).rows;
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => [r[0], r[1]])).toEqual(
      expected.map((r) => [r.department, r.date ?? t(lang, 'value.notReported')]),
    );
    for (const r of records) {
      const date = formatPartialDate(lang, r.date);
      const name = model.departments.find((d) => d.id === r.departmentId)?.names[lang];
      expect(rows.some((row) => row[0] === name && row[1] === date)).toBe(true);
    }
  });

  test('the story’s copy cites only what the fixture has, and no tag is left unrendered', () => {
    const d = doc();
    const cited = [...d.querySelectorAll('article [data-source]')].map((a) => a.getAttribute('data-source'));
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(model.sources.map((s) => s.id)).toContain(id);
    expect(textOf(d.querySelector('article'))).not.toContain('{%');
  });

  test('the chart draws a panel for every year, in the wide, text and phone drawings', () => {
    const svgs = [...doc().querySelectorAll('#chart-departments [data-view="counts"] svg.dzc')];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      const headings = [...svg.querySelectorAll('g.year text')].map((el) => textOf(el));
      expect(headings).toEqual(facts.dates.map((d) => formatPartialDate(lang, d)));
    }
    // Totals exist for 2025, so the counts/shares switch is offered.
    expect(doc().querySelectorAll('#chart-departments [data-view="shares"]').length).toBe(1);
  });

  // The story is written copy now: it prints the figures its sentences need, and the charts' tables
  // carry the rest (the timeline test below). Every figure it prints must be a value of its source.
  test('prints the latest counts, and every figure it prints is a value of its own source', () => {
    const norm = (x: string | null | undefined) => (x ?? '').replace(/\s+/g, ' ').trim();
    const figs = [...doc().querySelectorAll('article a.fig')];
    expect(figs.length).toBeGreaterThan(0);
    for (const a of figs) {
      const values = model.indicatorValues
        .filter((v) => v.sourceId === a.getAttribute('data-source'))
        .flatMap((v) => [formatPercent(lang, v.value), formatNumber(lang, v.value)].map(norm));
      const named = model.villages.length;
      expect([...values, ...Array.from({ length: named + 1 }, (_, n) => formatNumber(lang, n))]).toContain(
        norm(a.textContent),
      );
    }
    const latest = model.indicatorValues.find((v) => v.id === 'no-mobile-2025');
    expect(figs.map((a) => norm(a.textContent))).toContain(formatNumber(lang, latest?.value ?? Number.NaN));
  });

  test('cites the new source', () => {
    expect(doc().querySelector('#source-later-report')).not.toBeNull();
  });
});

describe('downloads and embeds built from later years', () => {
  test.each(LANGS)('the departments CSV has one row per department and year (%s)', (lang) => {
    const csv = read(`${localePath(lang, 'embed/departments/').slice(1)}data.csv`).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(prepareChart(model, 'departments').table(lang).rows.length + 1);
    for (const d of facts.dates) expect(csv).toContain(`,${formatPartialDate(lang, d)},`);
  });

  test.each(LANGS)('the embed page and its SVG image show the 2018 and the later figures (%s)', (lang) => {
    const embed = page(lang, 'embed/departments/');
    const svgs = [...embed.querySelectorAll('svg')];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      const drawn = [...svg.querySelectorAll('text')].map((el) => textOf(el));
      for (const d of facts.dates) expect(drawn).toContain(formatPartialDate(lang, d));
    }
    const svg = read(`${localePath(lang, 'embed/departments/').slice(1)}chart.svg`);
    for (const d of facts.dates) expect(svg).toContain(`>${formatPartialDate(lang, d)}<`);
  });

  test('the PNG of the chart is taller than one year alone would need', () => {
    const png = readFileSync(join(out, 'en/embed/departments/chart.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(20)).toBeGreaterThan(1200);
  });

  test('the later indicator values reach the timeline table beside the 2018 ones', () => {
    const rows = bodyRows(page('en').querySelector('#chart-connectivity-timeline table'));
    const values = rows.map((r) => r.join(' | '));
    expect(values.some((r) => r.includes('2018') && /\b20\b/.test(r))).toBe(true);
    expect(values.some((r) => r.includes('March 2025') && /\b7\b/.test(r))).toBe(true);
  });

  test('the new village is in the villages CSV, the GeoJSON and on the villages page', () => {
    const gamma = model.villages.find((v) => v.id === 'gamma');
    expect(gamma).toBeDefined();
    expect(read('data/villages.csv')).toMatch(/^gamma,/m);
    for (const lang of LANGS)
      expect(textOf(page(lang, 'villages/').querySelector('main'))).toContain(gamma?.names[lang]);
  });

  test('report notes: each page prints those written in its language and never English on kk or ru', () => {
    // The fixture translates one note into Kazakh only; the other two are in English alone.
    const notes = (lang: Lang) => textOf(page(lang, 'villages/').querySelector('.report-notes'));
    expect(notes('kk')).toContain('Мәртебесі өзгерді');
    expect(notes('en')).toContain('status change');
    expect(notes('en')).toContain('new village');
    for (const lang of ['kk', 'ru'] as const) {
      expect(notes(lang)).not.toMatch(/status change|new village/);
      expect(notes(lang)).toContain(t(lang, 'map.notesElsewhere'));
    }
    expect(notes('ru')).not.toContain('Мәртебесі өзгерді');
    expect(notes('en')).not.toContain(t('kk', 'map.notesElsewhere'));
  });

  test('each village keeps its whole history in the CSV and the GeoJSON, oldest first', () => {
    const geo = JSON.parse(read('data/villages.geojson')) as {
      features: { properties: { id: string; status: string; history: { date: string; status: string }[] } }[];
    };
    const byId = new Map(geo.features.map((f) => [f.properties.id, f.properties]));
    for (const v of model.villages) {
      const shown = byId.get(v.id);
      expect(shown?.history.map((r) => `${r.date} ${r.status}`)).toEqual(
        v.history.map((r) => `${r.date === 'not-reported' ? r.date : r.date.text} ${r.status}`),
      );
      expect(shown?.status).toBe(v.latest.status);
    }
    const csv = read('data/villages.csv');
    expect(csv).toMatch(/^beta,.*2021-08-11: awaiting-connection; 2025-03: connected-fibre/m);
    expect(csv).toMatch(/^alpha,.*2023\/2024-09: no-mobile-internet; 2025-03: connected-mobile-4g/m);
  });
});

/**
 * The enhancement script on the real figure markup, as ChartFigure renders it into a built page: the
 * fixture gives department totals, so its site offers the counts/shares switch; dist/ shows one
 * exactly when the published data gives a total.
 */
describe('chart-enhance in Chromium', () => {
  async function open(path: string): Promise<Page> {
    const rec = await recordedPage(site, { viewport: { width: 800, height: 900 } });
    await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await rec.page.waitForSelector('#chart-departments .chart-tip', { state: 'attached' });
    return rec.page;
  }

  test('offers counts and shares where a total exists, and switches the drawing', async () => {
    const page = await open(`${BASE}en/`);
    const figure = page.locator('#chart-departments');
    const radios = figure.locator('.chart-switch input[type="radio"]');
    expect(await radios.count()).toBe(2);
    expect(await figure.locator('.chart-switch').textContent()).toContain(t('en', 'chart.view.shares'));
    expect(await figure.locator('[data-view="counts"]').isVisible()).toBe(true);
    await figure.locator('.chart-switch input[value="shares"]').check();
    expect(await figure.locator('[data-view="shares"]').isVisible()).toBe(true);
    expect(await figure.locator('[data-view="counts"]').isVisible()).toBe(false);
    // The shares drawing prints each department's online share of its total.
    const shares = records.flatMap((r) =>
      r.total !== NOT_REPORTED && r.digital !== NOT_REPORTED && r.total > 0
        ? [formatPercent('en', (100 * r.digital) / r.total)]
        : [],
    );
    expect(shares.length).toBeGreaterThan(0);
    const drawn = await figure.locator('[data-view="shares"] text').allTextContents();
    for (const share of shares) expect(drawn).toContain(share);
    await page.context().close();
  });

  test('offers the switch on the published site only where the data gives a total', async () => {
    const page = await open('/en/');
    const expected = prepareChart(getModel(), 'departments').views.length > 0 ? 1 : 0;
    expect(await page.locator('#chart-departments .chart-switch').count()).toBe(expected);
    await page.context().close();
  });

  test('shows the same text on focus as the part announces, and hides it on Escape', async () => {
    const page = await open(`${BASE}en/`);
    const figure = page.locator('#chart-departments');
    expect(await figure.locator('[data-view="counts"] svg.dzc:visible').getAttribute('role')).toBe('group');
    const part = figure.locator('[data-view="counts"] svg.dzc:visible .hit [tabindex="0"]').nth(1);
    await part.focus();
    const label = (await part.getAttribute('aria-label')) ?? '';
    // A part names its department first (its figures are the chart's own tests).
    expect(model.departments.some((d) => label.startsWith(`${d.names.en}: `))).toBe(true);
    const tip = figure.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(label);
    // The native tooltip is gone, so only one tooltip shows.
    expect(await part.locator('title').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.context().close();
  });
});
