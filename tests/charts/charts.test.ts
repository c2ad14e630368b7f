import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { NARROW, WIDE } from '../../src/charts/definition.ts';
import { ARTICLE_LITERACY } from '../../src/charts/digital-literacy.ts';
import { CHARTS, chartById, chartViews } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { departmentEntries, sharesPossible } from '../../src/model/department-entries.ts';
import type { Model } from '../../src/model/types.ts';
import { deepFreeze, realModel, syntheticModel } from './chart-fixture.ts';

const MODELS: readonly [string, () => Model][] = [
  ['synthetic data', syntheticModel],
  ['published data', realModel],
];

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

  test('draws every department and writes "not reported" where a count is missing, never 0', () => {
    for (const load of [syntheticModel, realModel]) {
      const model = load();
      const entries = departmentEntries(model);
      for (const lang of LANGS) {
        const svg = svgElement(chart.svg(model, lang));
        const drawn = texts(svg);
        for (const e of entries) expect(drawn.join('\n')).toContain(e.department.names[lang].split(' ')[0]);
        const reported = entries.flatMap((e) =>
          e.record
            ? [e.record.digital, e.record.notDigital, e.record.total].filter((v) => v !== NOT_REPORTED)
            : [],
        );
        // One bar per reported count and no other; a missing count is never an empty bar.
        expect(bars(svg)).toHaveLength(reported.length);
        expect(drawn).not.toContain('0');
        const missing = entries.flatMap((e) =>
          e.record && [e.record.digital, e.record.notDigital, e.record.total].some((v) => v !== NOT_REPORTED)
            ? [e.record.digital, e.record.notDigital, e.record.total].filter((v) => v === NOT_REPORTED)
            : [],
        );
        expect(drawn.filter((s) => s === t(lang, 'value.notReported'))).toHaveLength(missing.length);
      }
    }
  });

  test('shows the lagging status of departments that gave no figures', () => {
    const model = realModel();
    const lagging = departmentEntries(model).filter((e) => e.record?.status === 'lagging');
    expect(lagging.length).toBeGreaterThan(0);
    const drawn = texts(svgElement(chart.svg(model, 'en')));
    expect(drawn.filter((s) => s === t('en', 'chart.status.lagging'))).toHaveLength(lagging.length);
  });

  test('offers a shares view only where some department has a total', () => {
    expect(sharesPossible(departmentEntries(realModel()))).toBe(false);
    expect(chartViews('departments', realModel())).toEqual([]);
    const synthetic = syntheticModel();
    expect(chartViews('departments', synthetic).map((v) => v.id)).toEqual(['counts', 'shares']);
    const shares = chartViews('departments', synthetic)[1]?.svg(synthetic, 'en') ?? '';
    // Farming: 17 of 20 online, 3 on paper; education has no total, so no share at all.
    expect(texts(svgElement(shares))).toEqual(
      expect.arrayContaining(['85%', '15%', t('en', 'chart.noShare')]),
    );
  });

  test('table() has a share column only when a total exists', () => {
    expect(chart.table(realModel(), 'en').columns.map((c) => c.key)).not.toContain('shareDigital');
    const table = chart.table(syntheticModel(), 'en');
    expect(table.columns.map((c) => c.key)).toContain('shareDigital');
    expect(table.rows.map((r) => r.shareDigital)).toEqual([null, 85, null]);
    expect(table.rows[0]).toMatchObject({ digital: null, notDigital: 5, total: null });
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

  test('notes the different totals and the overlapping categories of the published data', () => {
    const notes = chart.notes(realModel(), 'en').join(' ');
    expect(notes).toContain('371 / 367');
    expect(notes).toContain('381');
  });
});

describe('digital-literacy', () => {
  const chart = chartById('digital-literacy');

  test('draws the article figure apart from the national series, with its caveat inside the chart', () => {
    const model = realModel();
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
    expect(table.rows.map((r) => r.value)).toEqual(expect.arrayContaining([61, 77.3, 79.6, 90.2]));
  });
});
