import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STORY_CHART_IDS as CHARTS, prepareChart } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { escapeHtml } from '../../src/escape.ts';
import { formatNumber, formatPartialDate, formatPercent } from '../../src/i18n/format.ts';
import { formatValue } from '../../src/i18n/indicator-values.ts';
import { LANGS, localePath } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { departmentEntries, hasCounts } from '../../src/model/department-entries.ts';
import { getModel } from '../../src/model/load-model.ts';
import { countryOf, siteRegion } from '../../src/model/queries.ts';
import type { Lang } from '../../src/model/types.ts';
import {
  axeViolations,
  foreignRequests,
  openSite,
  recordedPage,
  type SiteSession,
  shownDrawings,
  type TabPool,
  tabPool,
} from '../helpers/browser.ts';
import { readDist } from '../helpers/dist.ts';

const model = getModel();
const region = siteRegion(model);
const country = countryOf(model, region);
const file = (lang: Lang, path = '') => `${localePath(lang, path).slice(1)}index.html`;
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

  // Figures are looked for where they belong (a table cell, a key figure, a cited figure in the prose),
  // never anywhere on the page, where a small number is always found among dates and footnotes.
  const doc = parseHTML(html).document;
  const norm = (x: string | null | undefined) => (x ?? '').replace(/\s+/g, ' ').trim();
  const figureTexts = new Set([...doc.querySelectorAll('td, th, a.fig')].map((el) => norm(el.textContent)));

  test('shows every indicator value of the region and the country, formatted for the language', () => {
    const values = model.indicatorValues.filter(
      (v) => v.regionId === region.id || v.regionId === country?.id,
    );
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      const shown = [
        formatPercent(lang, v.value),
        formatNumber(lang, v.value),
        formatValue(lang, model, v),
      ].map(norm);
      expect(
        shown.some((s) => figureTexts.has(s)),
        v.id,
      ).toBe(true);
    }
  });

  test('shows every department record in its table row, by department and date, and every named service', () => {
    const rows = [...doc.querySelectorAll('#chart-departments table tbody tr')].map((tr) =>
      [...tr.children].map((c) => norm(c.textContent)),
    );
    const columns = [...doc.querySelectorAll('#chart-departments table thead th')].map((c) =>
      norm(c.textContent),
    );
    for (const r of model.digitization.filter((d) => d.regionId === region.id)) {
      const name = model.departments.find((d) => d.id === r.departmentId)?.names[lang];
      const row = rows.find((cells) => cells[0] === name && cells[1] === formatPartialDate(lang, r.date));
      expect(row, r.id).toBeDefined();
      for (const m of ['digital', 'notDigital', 'total'] as const) {
        const cell = row?.[columns.indexOf(t(lang, `chart.measure.${m}`))];
        expect(cell, `${r.id} ${m}`).toBe(
          r[m] === NOT_REPORTED ? t(lang, 'value.notReported') : formatNumber(lang, r[m]),
        );
      }
    }
    // The copy names the services in its own sentence, so case and apostrophes may differ.
    const plain = (x: string) => x.toLocaleLowerCase(lang).replace(/[’']/g, "'");
    const article = plain(norm(doc.querySelector('article')?.textContent));
    for (const s of model.services.filter((x) => x.regionId === region.id && x.status === 'not-digital'))
      expect(article, s.id).toContain(plain(s.names[lang]));
  });

  test('links every source it uses: by address, or by title when the address was lost', () => {
    const used = new Set(CHARTS.flatMap((id) => prepareChart(model, id).sourceIds));
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

  // A 0 is a claim the data may make ("no kind of service left on paper"); only a page whose data
  // holds no zero must show none. That each not-reported count reads "not reported" in its own
  // table cell is checked row by row above.
  const dataHasZero =
    model.digitization.some((d) => d.digital === 0 || d.notDigital === 0 || d.total === 0) ||
    model.indicatorValues.some((v) => v.value === 0);

  test('never shows "not reported" as 0', () => {
    if (!dataHasZero) {
      expect(html).not.toMatch(/>\s*0\s*</);
      expect(html).not.toMatch(/<td class="num">\s*0\s*<\/td>/);
    }
    const label = t(lang, 'value.notReported');
    expect(html).toContain(`<span class="not-reported">${label}</span>`);
  });

  test('states the caveat on the article’s literacy figure', () => {
    expect(text).toContain(t(lang, 'chart.literacy.caveat'));
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

  test('names the known gaps, with their figures linked to their sources', () => {
    // The gaps are the editors' copy (src/content/methodology/<lang>.mdoc); each figure is a tag.
    const links = [...parseHTML(html).document.querySelectorAll('a.fig')];
    const figures = links.map((el) => el.textContent);
    const first = (id: string) =>
      model.indicatorValues.find(
        (v) => v.indicatorId === id && v.regionId === region.id && v.date !== NOT_REPORTED,
      );
    const villages = first('villages-without-internet');
    if (villages) expect(figures).toContain(formatNumber(lang, villages.value));
    const literacy = first('digital-literacy-article');
    if (literacy) expect(figures).toContain(formatNumber(lang, literacy.value));
    for (const a of links) expect(html).toContain(`id="${a.getAttribute('href')?.slice(1)}"`);
  });
});

describe('the story page in Chromium', () => {
  let site: SiteSession;
  /** One tab without script for the three languages: nothing carries over from page to page. */
  let noScriptTab: TabPool;
  beforeAll(async () => {
    site = await openSite();
    noScriptTab = await tabPool(site, 1, { viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  });
  afterAll(async () => {
    await site?.close();
  });

  test.each(LANGS)('reads completely without JavaScript on a 320 px phone (%s)', async (lang) => {
    await noScriptTab.use(async (rec) => {
      await rec.page.goto(`${site.origin}${localePath(lang)}`);
      const layout = await rec.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        charts: [...document.querySelectorAll('figure.chart svg.dzc')]
          .map((svg) => svg.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.right)),
      }));
      expect(layout.scroll).toBeLessThanOrEqual(320);
      // Drawings below the first screen are not laid out yet (content-visibility), but each keeps
      // its place: laying them all out moves nothing, so nothing jumps as the reader scrolls.
      const height = () => rec.page.evaluate(() => document.documentElement.scrollHeight);
      const skipped = await height();
      const laidOut = await rec.page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = '* { content-visibility: visible !important }';
        document.head.append(style);
        const all = document.documentElement.scrollHeight;
        style.remove();
        return all;
      });
      expect(laidOut).toBe(skipped);
      // One drawing per chart is shown, the narrow one, and it fits the screen.
      // The story's charts, and the village map its first screen borrows.
      expect(layout.charts.length).toBeGreaterThanOrEqual(CHARTS.length);
      for (const right of layout.charts) expect(right).toBeLessThanOrEqual(320);
      await rec.page.click('#chart-departments summary');
      expect(await rec.page.isVisible('#chart-departments table')).toBe(true);
      expect(foreignRequests(rec.requests, site.origin)).toEqual([]);
    });
  });

  test.each(['', 'ru/', 'en/'])(
    'shows each chart at least as large as it is drawn, in a box of its height, filling a phone, every label whole (/%s)',
    async (prefix) => {
      const rec = await recordedPage(site, { viewport: { width: 650, height: 800 } });
      await rec.page.goto(`${site.origin}/${prefix}`);
      // 650 px: too narrow for the 640 px drawing with the page's gutters, so the phone's is shown.
      // Scaled into the column, the 640 px one would put its 12 px labels at 11 px.
      for (const width of [650, 390, 1280]) {
        await rec.page.setViewportSize({ width, height: 800 });
        const shown = await shownDrawings(rec.page, 'figure.chart .chart-svg:not([hidden]) > div');
        expect(shown.length).toBeGreaterThanOrEqual(CHARTS.length);
        for (const d of shown) {
          expect(d.width, `${width} px`).toBeGreaterThanOrEqual(d.drawn - 0.5);
          expect(Math.abs(d.boxHeight - d.height), `${width} px`).toBeLessThan(1);
          expect(d.cut, `${width} px: labels cut off at the edge of the ${d.drawn} px drawing`).toEqual([]);
        }
        // On a phone the phone's drawing runs from edge to edge.
        if (width === 390) for (const d of shown) expect(Math.round(d.width)).toBe(390);
      }
      await rec.context.close();
    },
  );

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
    // Records how many charts were enhanced by the end of parsing, and how many in each task.
    await page.addInitScript(() => {
      const seen = { atReady: -1, perTask: [] as number[] };
      Object.assign(window, { enhancement: seen });
      new MutationObserver((records) => {
        const tips = records
          .flatMap((r) => [...r.addedNodes])
          .filter((n) => n instanceof HTMLElement && n.classList.contains('chart-tip')).length;
        if (tips > 0) seen.perTask.push(tips);
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => {
        seen.atReady = document.querySelectorAll('.chart-tip').length;
      });
    });
    await page.goto(`${site.origin}/en/`);
    const hit = page.locator('#chart-departments .chart-wide .hit [tabindex="0"]').first();
    await hit.focus();
    const label = await hit.getAttribute('aria-label');
    const first = departmentEntries(model, region)[0];
    expect(label).toContain(first?.department.names.en);
    const tip = page.locator('#chart-departments .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(label);
    const lit = await page.$$eval('#chart-departments .chart-wide svg .is-on', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-key'))),
    ]);
    expect(lit).toEqual([first?.department.id]);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await hit.hover();
    await expect.poll(() => tip.textContent()).toBe(label);
    // Every department with a figure can be reached with the keyboard, one stop each; those without
    // any are named on one line of text.
    const stops = await page.$$eval(
      '#chart-departments .chart-svg:not([hidden]) .chart-wide [tabindex="0"]',
      (els) => els.length,
    );
    expect(stops).toBe(departmentEntries(model, region).filter((e) => e.records.some(hasCounts)).length);
    // The counts/shares switch is offered exactly when some department gave a total.
    expect(await page.locator('#chart-departments .chart-switch').count()).toBe(
      prepareChart(model, 'departments').views.length > 0 ? 1 : 0,
    );
    // No chart is enhanced in the task that ends parsing, and each later task enhances one: all
    // five at once made one task long enough, on a phone's slower processor, to block a tap.
    await expect
      .poll(() => page.$$eval('figure.chart .chart-tip', (els) => els.length))
      .toBe(await page.locator('figure.chart[data-chart]').count());
    const enhancement = await page.evaluate(
      () => (window as unknown as { enhancement: { atReady: number; perTask: number[] } }).enhancement,
    );
    expect(enhancement.atReady).toBe(0);
    expect(enhancement.perTask.every((n) => n === 1)).toBe(true);
    expect(rec.consoleErrors).toEqual([]);
    await rec.context.close();
  });

  test('highlights without animation when the reader asks for reduced motion', async () => {
    const durations: string[] = [];
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}/`);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await rec.page.emulateMedia({ reducedMotion });
      durations.push(
        await rec.page.$eval(
          '#chart-departments svg [data-key]',
          (el) => getComputedStyle(el).transitionDuration,
        ),
      );
    }
    await rec.context.close();
    expect(durations[0]).not.toBe('0s');
    expect(durations[1]).toBe('0s');
  });

  // Every page passes axe once its script has run (tests/browser/pages.test.ts); what only this test
  // sees is a chart with its tooltip open and one department highlighted, so axe reads that chart.
  test('passes axe with a chart’s tooltip open', async () => {
    const rec = await recordedPage(site);
    await rec.page.goto(`${site.origin}/`);
    await rec.page.locator('#chart-departments .chart-wide .hit [tabindex="0"]').first().focus();
    await expect.poll(() => rec.page.locator('#chart-departments .chart-tip').isVisible()).toBe(true);
    const violations = await axeViolations(rec.page, ['#chart-departments']);
    expect(violations).toEqual([]);
    await rec.context.close();
  });
});
