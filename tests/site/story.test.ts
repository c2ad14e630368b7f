import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STORY_CHARTS as CHARTS } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { formatNumber, formatPercent } from '../../src/i18n/format.ts';
import { LANGS, localePath } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { getModel } from '../../src/model/load-model.ts';
import { countryOf, siteRegion } from '../../src/model/queries.ts';
import type { Lang } from '../../src/model/types.ts';
import {
  axeViolations,
  foreignRequests,
  openSite,
  recordedPage,
  type SiteSession,
} from '../helpers/browser.ts';
import { readDist } from '../helpers/dist.ts';

const model = getModel();
const region = siteRegion(model);
const country = countryOf(model, region);
const file = (lang: Lang, path = '') => `${localePath(lang, path).slice(1)}index.html`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Page text with tags removed, so a figure split across elements is still found. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|#160);/g, '\u00a0')
    .replace(/&(#39|apos);/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(LANGS)('the story page in %s', (lang) => {
  const html = readDist(file(lang));
  const text = textOf(html);

  test('shows every indicator value of the region and the country, formatted for the language', () => {
    const values = model.indicatorValues.filter(
      (v) => v.regionId === region.id || v.regionId === country?.id,
    );
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) {
      const unit = model.indicators.find((i) => i.id === v.indicatorId)?.unit;
      const shown = unit === 'percent' ? formatPercent(lang, v.value) : formatNumber(lang, v.value);
      expect(text, v.id).toContain(shown);
    }
  });

  test('shows every reported department count and every named service', () => {
    for (const r of model.digitization)
      for (const v of [r.digital, r.notDigital, r.total])
        if (v !== NOT_REPORTED) expect(text).toContain(formatNumber(lang, v));
    for (const s of model.services) expect(text).toContain(s.names[lang]);
    for (const d of model.departments) expect(text).toContain(d.names[lang]);
  });

  test('links every source it uses: by address, or by title when the address was lost', () => {
    const used = new Set(CHARTS.flatMap((c) => c.sourceIds(model)));
    for (const m of html.matchAll(/href="#source-([\w-]+)"/g)) used.add(m[1] ?? '');
    for (const id of used) {
      const source = model.sources.find((s) => s.id === id);
      expect(source, id).toBeDefined();
      if (source?.url) expect(html).toContain(`href="${escapeHtml(source.url)}"`);
      else expect(text).toContain(source?.title);
    }
    // Every footnote marker points to an entry of the page's own source list.
    for (const m of html.matchAll(/href="#(source-[\w-]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
  });

  test('never shows "not reported" as 0', () => {
    expect(html).not.toMatch(/>\s*0\s*</);
    expect(html).not.toMatch(/<td class="num">\s*0\s*<\/td>/);
    const label = t(lang, 'value.notReported');
    expect(html).toContain(`<span class="not-reported">${label}</span>`);
  });

  test('states the caveat on the 61% beside the figure', () => {
    expect(text).toContain(t(lang, 'chart.literacy.caveat'));
    expect(html).toContain('class="figure-note caveat"');
  });
});

describe.each(LANGS)('the methodology page in %s', (lang) => {
  const html = readDist(file(lang, 'methodology/'));
  const text = textOf(html);

  test('lists every source, with its address or a note that it was not preserved', () => {
    for (const s of model.sources) {
      expect(html).toContain(`id="source-${s.id}"`);
      if (s.url) expect(html).toContain(`href="${escapeHtml(s.url)}"`);
    }
    const lost = model.sources.filter((s) => !s.url).length;
    expect(text.split(t(lang, 'method.source.notPreserved')).length - 1).toBeGreaterThanOrEqual(lost);
  });

  test('gives every indicator definition from the data', () => {
    for (const i of model.indicators) expect(text).toContain(i.definitions[lang]);
  });

  test('names the known gaps, with their figures', () => {
    expect(text).toContain(formatNumber(lang, 26));
    expect(text).toContain(formatPercent(lang, 61));
    // 11 settlements without mobile internet, 7 of them named: 4 unknown.
    const named = model.villages.filter((v) =>
      v.history.some((r) => r.status === 'no-mobile-internet'),
    ).length;
    expect(text).toMatch(new RegExp(`\\b${11 - named}\\b`));
    for (const key of ['method.gap.undated', 'method.gap.range', 'method.translations'] as const)
      expect(text).toContain(t(lang, key));
  });
});

describe('the story page in Chromium', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(LANGS)('reads completely without JavaScript on a 320 px phone (%s)', async (lang) => {
    const rec = await recordedPage(site, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    await rec.page.goto(`${site.origin}${localePath(lang)}`);
    const layout = await rec.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      charts: [...document.querySelectorAll('figure.chart svg')]
        .map((svg) => svg.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.round(r.right)),
    }));
    expect(layout.scroll).toBeLessThanOrEqual(320);
    // One drawing per chart is shown, the narrow one, and it fits the screen.
    expect(layout.charts).toHaveLength(CHARTS.length);
    for (const right of layout.charts) expect(right).toBeLessThanOrEqual(320);
    await rec.page.click('#chart-departments summary');
    expect(await rec.page.isVisible('#chart-departments table')).toBe(true);
    expect(foreignRequests(rec.requests, site.origin)).toEqual([]);
    await rec.context.close();
  });

  test('fits at 200% zoom without sideways scrolling', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await context.close();
  });

  test('gives the same tooltip on keyboard focus and on hover, and highlights one department', async () => {
    const rec = await recordedPage(site, { viewport: { width: 1000, height: 800 } });
    const { page } = rec;
    await page.goto(`${site.origin}/en/`);
    const hit = page.locator('#chart-departments .chart-wide .hit [tabindex="0"]').first();
    await hit.focus();
    const label = await hit.getAttribute('aria-label');
    expect(label).toContain('Department of Education');
    const tip = page.locator('#chart-departments .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(label);
    const lit = await page.$$eval('#chart-departments .chart-wide svg .is-on', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-key'))),
    ]);
    expect(lit).toEqual(['education']);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await hit.hover();
    await expect.poll(() => tip.textContent()).toBe(label);
    // Every department can be reached with the keyboard: one stop each.
    const stops = await page.$$eval('#chart-departments .chart-wide [tabindex="0"]', (els) => els.length);
    expect(stops).toBe(model.departments.length);
    // The published data has no department totals, so there is nothing to switch to.
    expect(await page.locator('.chart-switch').count()).toBe(0);
    expect(rec.consoleErrors).toEqual([]);
    await rec.context.close();
  });

  test('highlights without animation when the reader asks for reduced motion', async () => {
    const durations: string[] = [];
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await site.browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      durations.push(
        await page.$eval(
          '#chart-departments svg [data-key]',
          (el) => getComputedStyle(el).transitionDuration,
        ),
      );
      await context.close();
    }
    expect(durations[0]).not.toBe('0s');
    expect(durations[1]).toBe('0s');
  });

  test.each(['/', '/en/methodology/'])('passes axe after the script has enhanced %s', async (path) => {
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}${path}`);
    const hits = rec.page.locator('.hit [tabindex="0"]');
    if ((await hits.count()) > 0) await hits.first().focus();
    const violations = await axeViolations(rec.page);
    expect(violations).toEqual([]);
    await rec.context.close();
  });
});
