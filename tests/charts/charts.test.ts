import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { NARROW, WIDE } from '../../src/charts/definition.ts';
import { ARTICLE_LITERACY } from '../../src/charts/digital-literacy.ts';
import { CHARTS, chartById, chartViews } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { formatPartialDate } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import {
  departmentEntries,
  hasCounts,
  MEASURES,
  sharesPossible,
} from '../../src/model/department-entries.ts';
import { siteRegion } from '../../src/model/queries.ts';
import type { DigitizationRecord, Model } from '../../src/model/types.ts';
import { deepFreeze, laterYearsModel, syntheticModel } from './chart-fixture.ts';

const MODELS: readonly [string, () => Model][] = [
  ['synthetic data', syntheticModel],
  ['later-years data', laterYearsModel],
];
const FIXTURES = MODELS;

function svgElement(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg in markup');
  return svg as unknown as Element;
}

const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((el) => el.textContent ?? '');
/** Drawn bars: every rect except the transparent hit areas. */
const bars = (svg: Element) => [...svg.querySelectorAll('rect')].filter((r) => !r.closest('.hit'));

describe.each(MODELS)('every chart on the %s', (_name, load) => {
  const model = deepFreeze(load());

  describe.each(CHARTS.map((c) => [c.id, c] as const))('%s', (_id, chart) => {
    test.each(LANGS)('svg() is pure and deterministic in %s', (lang) => {
      const first = chart.svg(model, lang);
      expect(chart.svg(model, lang)).toBe(first);
      expect(first).toBe(chart.svg(model, lang, { width: WIDE }));
    });

    test.each(LANGS)('is one accessible image with a title and a description in %s', (lang) => {
      for (const width of [NARROW, WIDE]) {
        const svg = svgElement(chart.svg(model, lang, { width }));
        expect(svg.getAttribute('role')).toBe('img');
        const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
        const desc = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`);
        expect(title?.tagName.toLowerCase()).toBe('title');
        expect(title?.textContent).toBe(chart.title(model, lang));
        expect(desc?.textContent?.length).toBeGreaterThan(20);
        // Plot's aria-label on groups without a role is what axe flags; none may survive.
        expect(svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')).toHaveLength(0);
        expect(svg.getAttribute('width')).toBe(String(width));
      }
    });

    test('uses no external references, scripts or random ids', () => {
      const markup = chart.svg(model, 'en');
      expect(markup).not.toMatch(/<script|href=|url\(|@import/);
      const ids = [...markup.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
      for (const id of ids)
        expect(id).toMatch(new RegExp(`^dzc-${chart.id}(-shares)?-${WIDE}-(title|desc)$`));
    });

    test('rounds every coordinate to at most two decimals', () => {
      const markup = chart.svg(model, 'ru', { width: NARROW });
      const attributes = [...markup.matchAll(/\s(?!data-)[\w-]+="([^"]*)"/g)].map((m) => m[1] ?? '');
      for (const value of attributes) expect(value).not.toMatch(/\d\.\d{3,}/);
    });

    test.each(LANGS)(
      'table() labels every column and uses null, never 0, for what was not reported (%s)',
      (lang) => {
        const table = chart.table(model, lang);
        expect(table.rows.length).toBeGreaterThan(0);
        for (const column of table.columns) expect(column.label).not.toBe('');
        for (const row of table.rows)
          for (const column of table.columns) expect(row[column.key]).not.toBe(NOT_REPORTED);
      },
    );

    test('names its sources, a data-as-of date and a default embed height', () => {
      expect(chart.sourceIds(model).length).toBeGreaterThan(0);
      for (const id of chart.sourceIds(model)) expect(model.sources.map((s) => s.id)).toContain(id);
      expect(chart.dataAsOf(model)).not.toBeNull();
      expect(chart.defaultHeight).toBeGreaterThan(200);
      for (const lang of LANGS) expect(chart.notes(model, lang).length).toBeGreaterThan(0);
    });
  });
});

describe('departments', () => {
  const chart = chartById('departments');
  const entriesOf = (model: Model) => departmentEntries(model, siteRegion(model));
  const reportedOf = (r: DigitizationRecord) => MEASURES.map((m) => r[m]).filter((v) => v !== NOT_REPORTED);
  /** Each department's drawn texts, found by the key every mark of it carries. */
  const textsOf = (svg: Element, key: string) =>
    [...svg.querySelectorAll(`text[data-key="${key}"]`)].map(
      (el) => [...el.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || (el.textContent ?? ''),
    );

  test.each(FIXTURES)('draws every department and every year of it, by name, on the %s', (_name, load) => {
    const model = load();
    for (const lang of LANGS) {
      const svg = svgElement(chart.svg(model, lang));
      for (const e of entriesOf(model)) {
        const drawn = textsOf(svg, e.department.id);
        // The whole name, wrapped over tspans or not, not just its first word.
        expect(drawn).toContain(e.department.names[lang]);
        const dates = e.records.map((r) => formatPartialDate(lang, r.date));
        expect(drawn.filter((s) => dates.includes(s))).toEqual(dates);
      }
    }
  });

  test.each(FIXTURES)(
    'writes "not reported" where a count is missing, never 0 or an empty bar, on the %s',
    (_name, load) => {
      const model = load();
      const records = entriesOf(model).flatMap((e) => e.records);
      for (const lang of LANGS) {
        const svg = svgElement(chart.svg(model, lang));
        const drawn = texts(svg);
        // One bar per reported count and no other.
        expect(bars(svg)).toHaveLength(records.flatMap(reportedOf).length);
        const missing = records
          .filter(hasCounts)
          .flatMap((r) => MEASURES.filter((m) => r[m] === NOT_REPORTED));
        expect(drawn.filter((s) => s === t(lang, 'value.notReported'))).toHaveLength(missing.length);
      }
    },
  );

  test('keeps the first year beside the later ones and spells out each change', () => {
    const model = laterYearsModel();
    const svg = svgElement(chart.svg(model, 'en'));
    const farming = textsOf(svg, 'farming');
    expect(farming).toEqual(expect.arrayContaining(['2018', '2021', 'March 2025', '17', '19', '24']));
    expect(farming).toContain(
      `${t('en', 'chart.departments.change', { from: '2018', to: '2021' })}: online 17 → 19`,
    );
    expect(farming).toContain(
      `${t('en', 'chart.departments.change', { from: '2021', to: 'March 2025' })}: online 19 → 24`,
    );
    // Education's paper count is in both years; its online count only in 2025, so no change there.
    const education = textsOf(svg, 'education');
    expect(education.filter((s) => s.includes('→'))).toEqual([
      `${t('en', 'chart.departments.change', { from: '2018', to: 'March 2025' })}: on paper 5 → 4`,
    ]);
    expect(chart.title(model, 'en')).toBe(t('en', 'chart.departments.title', { date: '2018 – March 2025' }));
    expect(chart.title(syntheticModel(), 'en')).toBe(t('en', 'chart.departments.title', { date: '2018' }));
  });

  test('shows the status of each year that gave no figures, dated', () => {
    const model = laterYearsModel();
    const health = textsOf(svgElement(chart.svg(model, 'en')), 'health');
    expect(health).toEqual(
      expect.arrayContaining([
        '2018',
        t('en', 'chart.status.lagging'),
        'March 2025',
        t('en', 'chart.status.noFigures'),
      ]),
    );
    expect(textsOf(svgElement(chart.svg(model, 'en')), 'office')).toContain(t('en', 'chart.status.none'));
  });

  test('offers a shares view only where some year has a total, and shares only for those years', () => {
    const noTotals: Model = {
      ...syntheticModel(),
      digitization: syntheticModel().digitization.map((r) => ({ ...r, total: NOT_REPORTED })),
    };
    expect(sharesPossible(entriesOf(noTotals))).toBe(false);
    expect(chartViews('departments', noTotals)).toEqual([]);
    const synthetic = syntheticModel();
    expect(chartViews('departments', synthetic).map((v) => v.id)).toEqual(['counts', 'shares']);
    const shares = chartViews('departments', synthetic)[1]?.svg(synthetic, 'en') ?? '';
    // Farming: 17 of 20 online, 3 on paper; education has no total, so no share at all.
    expect(texts(svgElement(shares))).toEqual(
      expect.arrayContaining(['85%', '15%', t('en', 'chart.noShare')]),
    );
    const later = laterYearsModel();
    const laterShares = svgElement(chartViews('departments', later)[1]?.svg(later, 'en') ?? '');
    const farming = textsOf(laterShares, 'farming');
    // 2018 and 2021 gave no total: no share for them; 2025 did: 24 of 30 is 80%.
    expect(farming.filter((s) => s === t('en', 'chart.noShare'))).toHaveLength(2);
    expect(farming).toEqual(expect.arrayContaining(['80%', '20%']));
    // Education: 36 of 40 in 2025, its only year with a total, so no change of share to write.
    expect(textsOf(laterShares, 'education')).toContain('90%');
    expect(textsOf(laterShares, 'education').some((s) => s.includes('→'))).toBe(false);
  });

  test('table() has one row per department and year, and a share column only when a total exists', () => {
    const synthetic = chart.table(syntheticModel(), 'en');
    expect(synthetic.columns.map((c) => c.key)).toContain('shareDigital');
    expect(synthetic.rows.map((r) => r.shareDigital)).toEqual([null, 85, null]);
    expect(synthetic.rows[0]).toMatchObject({ date: '2018', digital: null, notDigital: 5, total: null });
    const noTotals: Model = {
      ...syntheticModel(),
      digitization: syntheticModel().digitization.map((r) => ({ ...r, total: NOT_REPORTED })),
    };
    expect(chart.table(noTotals, 'en').columns.map((c) => c.key)).not.toContain('shareDigital');
    const later = chart.table(laterYearsModel(), 'en');
    expect(
      later.rows.map((r) => [r.department, r.date, r.digital, r.notDigital, r.total, r.shareDigital]),
    ).toEqual([
      ['Department of Education', '2018', null, 5, null, null],
      ['Department of Education', 'March 2025', 36, 4, 40, 90],
      ['Department of Agriculture', '2018', 17, null, null, null],
      ['Department of Agriculture', '2021', 19, null, null, null],
      ['Department of Agriculture', 'March 2025', 24, 6, 30, 80],
      ['Department of Health', '2018', null, null, null, null],
      ['Department of Health', 'March 2025', null, null, null, null],
      ['Department of Culture', 'March 2025', 9, 3, 12, 75],
      ['Digitalization Office', null, null, null, null, null],
    ]);
  });

  test('names every source of every year and the latest date as "data as of"', () => {
    const model = laterYearsModel();
    expect(chart.sourceIds(model)).toEqual(['report', 'later-report']);
    expect(chart.dataAsOf(model)?.text).toBe('2025-03');
    expect(chart.notes(model, 'en')).toEqual(
      expect.arrayContaining([
        t('en', 'chart.departments.note.years'),
        t('en', 'chart.departments.note.someTotals'),
      ]),
    );
    expect(chart.notes(syntheticModel(), 'en')).not.toContain(t('en', 'chart.departments.note.years'));
  });
});

describe('connectivity-timeline', () => {
  const chart = chartById('connectivity-timeline');

  test('gives each indicator its own row and keeps undated values off the time axis', () => {
    const model = syntheticModel();
    const svg = svgElement(chart.svg(model, 'en'));
    const drawn = texts(svg);
    expect(drawn).toEqual(expect.arrayContaining(['20', '9', '40', '55', '300', '62.5%']));
    expect(drawn.join('|')).toContain(t('en', 'date.notReported'));
    // Dated values are bars (spans); the two undated ones are dots in their own column.
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
  });

  test('draws a year as a year-long span and a range as the whole range', () => {
    const model = syntheticModel();
    const widths = bars(svgElement(chart.svg(model, 'en'))).map((r) => Number(r.getAttribute('width')));
    const [year, range] = [widths[0] ?? 0, widths[1] ?? 0];
    // 2023 to September 2024 is 21 months: 1.75 times a year.
    expect(range / year).toBeCloseTo(639 / 365, 1);
  });
});

describe('digital-literacy', () => {
  const chart = chartById('digital-literacy');

  test('draws the article figure apart from the national series, with its caveat inside the chart', () => {
    const model = syntheticModel();
    for (const lang of LANGS) {
      const svg = svgElement(chart.svg(model, lang));
      // The national series are lines; the article's figure is a mark of its own, on no line.
      const lineKeys = [...svg.querySelectorAll('g[class^="s-series"] > path')].map((p) =>
        p.getAttribute('data-key'),
      );
      expect(lineKeys.length).toBeGreaterThan(0);
      expect(lineKeys).not.toContain(ARTICLE_LITERACY);
      expect(svg.querySelectorAll(`path[data-key="${ARTICLE_LITERACY}"]`).length).toBeGreaterThan(0);
      expect(texts(svg).join(' ')).toContain(t(lang, 'chart.literacy.caveat').split(':')[0] ?? '');
    }
    const table = chart.table(model, 'en');
    expect(table.rows.map((r) => r.value)).toEqual(expect.arrayContaining([50, 70, 72, 88.8]));
  });
});

describe('public-services-online', () => {
  const chart = chartById('public-services-online');

  test('draws targets as rings and reported values as dots, one row per definition', () => {
    const model = syntheticModel();
    const svg = svgElement(chart.svg(model, 'en'));
    const marks = [...svg.querySelectorAll('circle')].filter((c) => c.getAttribute('data-key'));
    const rings = marks.filter(
      (c) => (c.getAttribute('fill') ?? c.closest('g')?.getAttribute('fill')) === 'none',
    );
    // Two synthetic targets plus the legend's ring; every other mark is a filled value.
    expect(rings.map((c) => c.getAttribute('data-key')).sort()).toEqual([
      'leb-services-automated-share-target',
      'public-services-digitalization-target',
      'target',
    ]);
    const rows = chart.table(model, 'en').rows;
    expect(rows.filter((r) => r.kind === t('en', 'chart.services.kind.target'))).toHaveLength(2);
    // One hover row per synthetic indicator of this chart.
    expect(svg.querySelectorAll('.hit [data-key]')).toHaveLength(6);
  });

  test('takes its "data as of" from reported values, never from a target year', () => {
    const asOf = chart.dataAsOf(syntheticModel());
    expect(asOf?.text).toBe('2020');
  });
});

describe('connectivity-timeline with the country rows', () => {
  const chart = chartById('connectivity-timeline');

  test('puts the country rows under their own heading with keys apart from the region rows', () => {
    const model = syntheticModel();
    const svg = svgElement(chart.svg(model, 'en'));
    const drawn = texts(svg);
    expect(drawn).toEqual(expect.arrayContaining(['Testland Region', 'Country', '30', '600', '2,500']));
    const keys = [...svg.querySelectorAll('.hit [data-key]')].map((h) => h.getAttribute('data-key'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('settlements-state-offices-fibre--country');
    const areas = chart.table(model, 'en').rows.map((r) => r.area);
    expect(areas).toEqual(expect.arrayContaining(['Testland Region', 'Country']));
    expect(chart.notes(model, 'en').join(' ')).toContain(t('en', 'chart.timeline.note.offices'));
  });
});
