/**
 * A data pull request of the kinds the site must take without code changes: later department
 * figures with totals, a status change, a new department, a new source, later indicator values and
 * a new village (tests/fixtures/later-years). The whole site is built from it, and every page, table,
 * CSV and embed must show the 2018 figures and the later ones side by side.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareChart } from '../../src/charts/registry.ts';
import { formatNumber, formatPartialDate, formatPercent } from '../../src/i18n/format.ts';
import { LANGS, localePath } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { departmentFacts } from '../../src/model/story-facts.ts';
import type { Lang } from '../../src/model/types.ts';
import { LATER_YEARS_FIXTURE, laterYearsModel } from '../charts/chart-fixture.ts';
import { buildSite } from '../fixtures/synthetic/build-site.ts';

const model = laterYearsModel();
const region = siteRegion(model);
const facts = departmentFacts(model, region, 2018);
const records = model.digitization;
let out = '';

beforeAll(() => {
  out = buildSite({ DATA_DIR: LATER_YEARS_FIXTURE }).outDir;
}, 120_000);
afterAll(() => {
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

  test('the 2018 list stays about 2018, and the later records follow in date order', () => {
    const d = doc();
    const lists = [...d.querySelectorAll('#departments-heading ~ ul.prose-list')];
    const first = textOf(lists[0]);
    // The 2018 figures (education 5 on paper, agriculture 17 online), each with its department.
    expect(first).toContain(`${model.departments.find((x) => x.id === 'education')?.names[lang]}`);
    expect(first).toMatch(new RegExp(`\\b${formatNumber(lang, 5)}\\b`));
    expect(first).toMatch(new RegExp(`\\b${formatNumber(lang, 17)}\\b`));
    expect(first).not.toContain(formatNumber(lang, 24));
    const dated = [...d.querySelectorAll('ul.dated li .date')].map((el) => textOf(el));
    expect(dated.map((s) => s.toLocaleLowerCase())).toEqual(
      facts.others.map((p) => `${formatPartialDate(lang, p.record.date)}:`.toLocaleLowerCase()),
    );
    const later = textOf(d.querySelector('ul.dated'));
    for (const n of [36, 4, 40, 24, 6, 30, 9, 3, 12, 19]) expect(later).toMatch(new RegExp(`\\b${n}\\b`));
    expect(later).toContain(formatPercent(lang, 90).replace(/\s+/g, ' '));
    expect(later).toContain(model.departments.find((x) => x.id === 'culture')?.names[lang]);
  });

  test('says what changed in plain words, only where two years give the same figure', () => {
    const items = [...doc().querySelectorAll('ul.changes li')].map((li) => textOf(li));
    expect(items).toHaveLength(facts.changes.length);
    facts.changes.forEach((c, i) => {
      const words = t(lang, `story.dept.change.${c.direction}`, {
        name: c.department.names[lang],
        what: t(lang, `story.dept.what.${c.measure}`),
        fromDate: formatPartialDate(lang, c.from.date),
        toDate: formatPartialDate(lang, c.to.date),
        from: '§',
        to: '§',
      });
      // The sentence as written, with each figure (and its footnote) where the § stand.
      const [head] = words.split('§');
      expect(items[i]).toContain(head?.trim());
      expect(items[i]).toContain(formatNumber(lang, c.fromValue));
      expect(items[i]).toContain(formatNumber(lang, c.toValue));
    });
  });

  test('names the services by the date they were listed', () => {
    const text = textOf(doc().querySelector('article'));
    for (const s of model.services) expect(text).toContain(s.names[lang]);
    for (const g of facts.serviceGroups)
      expect(text).toContain(
        t(lang, 'story.services.intro', {
          name: g.department.names[lang],
          date: formatPartialDate(lang, g.date),
        }),
      );
  });

  test('shows every indicator value, the 2018 ones and the later ones, as a figure or a table cell', () => {
    const d = doc();
    const norm = (x: string | null | undefined) => (x ?? '').replace(/\s+/g, ' ').trim();
    const figures = new Set(
      [...d.querySelectorAll('td, th, strong.fig')]
        .map((el) => norm(el.textContent))
        .concat([...d.querySelectorAll('.figure-value')].map((el) => norm(el.firstChild?.textContent))),
    );
    for (const v of model.indicatorValues) {
      const shown = [formatPercent(lang, v.value), formatNumber(lang, v.value)].map(norm);
      expect(
        shown.some((s) => figures.has(s)),
        v.id,
      ).toBe(true);
    }
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
        v.history.map((r) => `${r.date.text} ${r.status}`),
      );
      expect(shown?.status).toBe(v.latest.status);
    }
    const csv = read('data/villages.csv');
    expect(csv).toMatch(/^beta,.*2021-08-11: awaiting-connection; 2025-03: connected-fibre/m);
    expect(csv).toMatch(/^alpha,.*2023\/2024-09: no-mobile-internet; 2025-03: connected-mobile-4g/m);
  });

  test.each(LANGS)(
    'the story tells each village history dated, and the 2021 wait stays told (%s)',
    (lang) => {
      const doc = page(lang);
      const items = [...doc.querySelectorAll('ul.village-history li')].map((li) => textOf(li));
      const changed = model.villages.filter((v) => v.history.length > 1);
      expect(items).toHaveLength(changed.length);
      changed.forEach((v, i) => {
        const reports = v.history.map((r) =>
          t(lang, 'story.villages.report', {
            date: formatPartialDate(lang, r.date),
            status: t(lang, `story.villages.status.${r.status}`),
          }),
        );
        expect(items[i]).toContain(v.names[lang]);
        let at = -1;
        for (const r of reports) {
          const next = items[i]?.indexOf(r.replace(/\s+/g, ' ')) ?? -1;
          expect(next, r).toBeGreaterThan(at);
          at = next;
        }
      });
      const beta = model.villages.find((v) => v.id === 'beta');
      expect(textOf(doc.querySelector('article'))).toContain(
        t(lang, 'story.villages.waiting', {
          village: beta?.names[lang] ?? '',
          district: model.districts.find((d) => d.id === beta?.districtId)?.names[lang] ?? '',
          date: formatPartialDate(lang, beta?.history[0]?.date ?? 'not-reported'),
        }).replace(/\s+/g, ' '),
      );
    },
  );
});
