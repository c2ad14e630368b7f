/**
 * The chart contract and each chart's prepared rows, on fixtures only. Expectations come from the
 * fixture model (the rows a query returns), never from today's data.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { connectivityTimelineChart } from '../../src/charts/connectivity-timeline.ts';
import { WIDTH_NAMES, WIDTHS } from '../../src/charts/definition.ts';
import { departmentsChart } from '../../src/charts/departments.ts';
import { digitalLiteracyChart } from '../../src/charts/digital-literacy.ts';
import { publicServicesOnlineChart } from '../../src/charts/public-services-online.ts';
import { prepareChart, REGISTRY, registeredChart } from '../../src/charts/registry.ts';
import { villagesMapChart } from '../../src/charts/villages-map.ts';
import { loadDataset } from '../../src/data/load.ts';
import { TABLES } from '../../src/data/schema.ts';
import { formatNumber, formatPartialDate, formatPercent } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { ARTICLE_LITERACY, TARGET_INDICATORS } from '../../src/model/chart-indicators.ts';
import { hasCounts } from '../../src/model/department-entries.ts';
import { countryOf, siteRegion } from '../../src/model/queries.ts';
import type { Model } from '../../src/model/types.ts';
import { unmappedCounts } from '../../src/model/unmapped-counts.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';
import { deepFreeze, laterYearsModel, syntheticModel } from './chart-fixture.ts';

/** The valid fixture alone: a region with departments and villages but none of the charts' indicators. */
function sparseModel(): Model {
  const { dataset } = loadDataset(VALID_FIXTURE);
  if (!dataset) throw new Error('the valid fixture does not validate');
  return buildModel(dataset);
}

const MODELS: readonly [string, () => Model][] = [
  ['synthetic data', syntheticModel],
  ['later-years data', laterYearsModel],
  ['valid fixture, without the charts’ indicators', sparseModel],
];

function svgElement(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg in markup');
  return svg as unknown as Element;
}

/** A text element's words, its tspans joined. */
const textOf = (el: Element) =>
  [...el.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || (el.textContent ?? '');
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map(textOf);

describe.each(MODELS)('every chart on the %s, in every language and width', (_name, load) => {
  const model = deepFreeze(load());

  describe.each(REGISTRY.map((r) => [r.chart.id] as const))('%s', (id) => {
    const chart = prepareChart(model, id);

    test.each(LANGS)('is one accessible, self-contained image of the asked width in %s', (lang) => {
      for (const name of WIDTH_NAMES) {
        const markup = chart.svg(lang, WIDTHS[name]);
        expect(chart.svg(lang, WIDTHS[name]), 'deterministic').toBe(markup);
        const svg = svgElement(markup);
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.getAttribute('width')).toBe(String(WIDTHS[name]));
        // Images and embeds size themselves from these; an empty chart is still a line of words.
        expect(Number(svg.getAttribute('height'))).toBeGreaterThan(20);
        expect(markup).not.toContain('NaN');
        expect(svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toBe(
          chart.title(lang),
        );
        expect(svg.querySelector(`#${svg.getAttribute('aria-describedby')}`)?.textContent).toContain(
          chart.subtitle(lang),
        );
        expect(svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')).toHaveLength(0);
        expect(markup).not.toMatch(/<script|href=|url\(|@import/);
        // Labels never under 12 px: every size set anywhere in the drawing.
        const sizes = [...markup.matchAll(/font-size="([\d.]+)/g)].map((m) => Number(m[1]));
        for (const size of sizes) expect(size, `${name} ${lang}`).toBeGreaterThanOrEqual(12);
        // The site's two weights (src/styles/README.md): a third is one more font to prepare.
        for (const [, weight] of markup.matchAll(/font-weight="([^"]*)"/g))
          expect(weight).toMatch(/^(400|700)$/);
        for (const [, value] of markup.matchAll(/\s(?!data-)[\w-]+="([^"]*)"/g))
          expect(value).not.toMatch(/\d\.\d{3,}/);
      }
    });

    test('declares the data files it reads, the first holding its figures', () => {
      const known = [...TABLES.map((x) => x.name), 'geo/regions', 'geo/places'];
      for (const table of registeredChart(id).chart.tables) expect(known).toContain(table);
    });

    test.each(LANGS)(
      'its table uses null, never 0 or the raw marker, for what was not reported (%s)',
      (lang) => {
        for (const row of chart.table(lang).rows)
          for (const v of Object.values(row)) expect(v).not.toBe('not-reported');
        for (const sourceId of chart.sourceIds) expect(model.sources.map((s) => s.id)).toContain(sourceId);
      },
    );
  });
});

describe('departments', () => {
  const later = departmentsChart.prepare(laterYearsModel());

  test('draws one panel per reported date, and a bar for each reported count and for nothing else', () => {
    for (const rows of [later, departmentsChart.prepare(syntheticModel())]) {
      const svg = svgElement(departmentsChart.render(rows, 'en', WIDTHS.text));
      const headings = [...svg.querySelectorAll('g.year text')].map(textOf);
      expect(headings).toEqual(rows.dates.map((d) => formatPartialDate('en', d)));
      const values = rows.cells.filter((c) => c.cell.kind === 'value');
      const bars = [...svg.querySelectorAll('rect[data-key]')].filter((r) => !r.closest('.hit'));
      expect(bars).toHaveLength(values.length);
      // Hover targets carry their department's key, so the script highlights the right rows.
      const hitKeys = new Set(
        [...svg.querySelectorAll('.hit [data-key]')].map((h) => h.getAttribute('data-key')),
      );
      expect(hitKeys).toEqual(new Set(rows.drawn.map((e) => e.department.id)));
    }
  });

  test('a count no source gave is the words "not reported" where its bar would be', () => {
    const svg = svgElement(departmentsChart.render(later, 'en', WIDTHS.mobile));
    const missing = later.cells.filter((c) => c.cell.kind === 'not-reported');
    expect(missing.length).toBeGreaterThan(2);
    const drawn = texts(svg).filter((s) => s === t('en', 'value.notReported'));
    expect(drawn).toHaveLength(missing.length);
    // No bar of zero length stands for one.
    for (const r of svg.querySelectorAll('rect[data-key]'))
      expect(Number(r.getAttribute('width'))).toBeGreaterThan(0);
  });

  test('a department with no count at a date is named in words in that panel, and leaves no empty rows', () => {
    const silent = later.cells.filter((c) => c.cell.kind === 'absent' || c.cell.kind === 'status');
    expect(silent.length).toBeGreaterThan(0);
    /** Where an element is drawn: the y of every translate from it up to the svg. */
    const yOf = (el: Element | null): number => {
      let y = 0;
      for (let e = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '');
        y += Number(m?.[2] ?? 0);
      }
      return y;
    };
    for (const lang of LANGS)
      for (const width of WIDTH_NAMES) {
        const svg = svgElement(departmentsChart.render(later, lang, WIDTHS[width]));
        const quiet = [...svg.querySelectorAll('.no-figures text')];
        for (const c of silent) {
          const heading = [...svg.querySelectorAll('g.year text')].find(
            (h) => textOf(h) === formatPartialDate(lang, c.date),
          );
          // The panel's words name the department, within that panel (below its heading, above the next).
          const next = [...svg.querySelectorAll('g.year text')]
            .map(yOf)
            .filter((y) => y > yOf(heading ?? null))
            .sort((a, b) => a - b)[0];
          const own = quiet.filter(
            (q) => yOf(q) > yOf(heading ?? null) && (next === undefined || yOf(q) < next),
          );
          expect(own.map(textOf).join(' '), `${lang} ${width}`).toContain(c.entry.department.names[lang]);
        }
        // Every line of a panel (names, measures, the words) follows the one before at one step: no gaps.
        const left = [...svg.querySelectorAll('text')].filter(
          (el) => !el.closest('.hit, .collapsed') && !/^\d|%$/.test(textOf(el)) && textOf(el) !== '',
        );
        const headings = [...svg.querySelectorAll('g.year text')].map(yOf).sort((a, b) => a - b);
        const step = Math.min(
          ...headings
            .flatMap((h) =>
              left
                .map(yOf)
                .filter((y) => y > h)
                .map((y) => y - h),
            )
            .filter((d) => d > 0.5),
        );
        headings.forEach((h, i) => {
          const ys = [
            ...new Set(left.map(yOf).filter((y) => y >= h && y < (headings[i + 1] ?? Infinity))),
          ].sort((a, b) => a - b);
          for (let j = 1; j < ys.length; j++)
            expect((ys[j] ?? 0) - (ys[j - 1] ?? 0), `${lang} ${width} panel ${i}`).toBeLessThanOrEqual(
              step + 1,
            );
        });
      }
  });

  test('departments with no figure in any year collapse into one line, and get no rows', () => {
    expect(later.collapsed.map((e) => e.department.id).sort()).toEqual(
      later.entries
        .filter((e) => !e.records.some(hasCounts))
        .map((e) => e.department.id)
        .sort(),
    );
    expect(later.collapsed.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const svg = svgElement(departmentsChart.render(later, lang, WIDTHS.wide));
      const line = [...svg.querySelectorAll('.collapsed')].map(textOf).join(' ');
      for (const e of later.collapsed) expect(line).toContain(e.department.names[lang]);
      for (const e of later.collapsed)
        expect(svg.querySelectorAll(`[data-key="${e.department.id}"]`)).toHaveLength(0);
    }
  });

  test('offers a shares view only where some year has a total', () => {
    const synthetic = syntheticModel();
    const noTotals: Model = {
      ...synthetic,
      digitization: synthetic.digitization.map((r) => ({ ...r, total: 'not-reported' })),
    };
    expect(prepareChart(noTotals, 'departments').views).toEqual([]);
    expect(prepareChart(synthetic, 'departments').views.map((v) => v.id)).toEqual(['counts', 'shares']);
    const shares = prepareChart(synthetic, 'departments').views[1]?.svg('en') ?? '';
    // Farming: 17 of 20 online, 3 on paper; education has no total, so no share at all.
    expect(texts(svgElement(shares))).toEqual(
      expect.arrayContaining(['85%', '15%', t('en', 'chart.noShare')]),
    );
  });

  test('table() has one row per department and year', () => {
    const rows = departmentsChart.table(later, 'en').rows;
    expect(rows.map((r) => [r.department, r.date, r.digital, r.notDigital, r.total, r.shareDigital])).toEqual(
      [
        ['Department of Education', '2018', null, 5, null, null],
        ['Department of Education', 'March 2025', 36, 4, 40, 90],
        ['Department of Agriculture', '2018', 17, null, null, null],
        ['Department of Agriculture', '2021', 19, null, null, null],
        ['Department of Agriculture', 'March 2025', 24, 6, 30, 80],
        ['Department of Health', '2018', null, null, null, null],
        ['Department of Health', 'March 2025', null, null, null, null],
        ['Department of Culture', 'March 2025', 9, 3, 12, 75],
        ['Digitalization Office', null, null, null, null, null],
      ],
    );
    expect(departmentsChart.dataAsOf(later)?.text).toBe('2025-03');
  });
});

describe('connectivity-timeline', () => {
  const model = syntheticModel();
  const rows = connectivityTimelineChart.prepare(model);
  const region = siteRegion(model);
  const country = countryOf(model, region);

  test('the region and the country are separate panels, each row in its own region’s panel', () => {
    expect(rows.panels.map((p) => p.region.id)).toEqual([region.id, country?.id]);
    for (const p of rows.panels) for (const r of p.rows) expect(r.panel).toBe(p.region.id);
    const svg = svgElement(connectivityTimelineChart.render(rows, 'en', WIDTHS.text));
    const panels = [...svg.querySelectorAll(':scope > svg.panel')];
    expect(panels).toHaveLength(2);
    expect(textOf(panels[1]?.querySelector('.panel-title text') ?? panels[1] ?? svg)).toContain(
      country?.names.en ?? '?',
    );
    expect(panels[0]?.querySelectorAll('[data-key$="--country"]')).toHaveLength(0);
    expect(panels[1]?.querySelectorAll('[data-key$="--country"]').length).toBeGreaterThan(0);
  });

  test('"data as of" is the region’s own latest date, never the country’s (review O9)', () => {
    const own = rows.panels[0]?.rows.map((r) => r.date).filter((d) => d !== 'not-reported') ?? [];
    expect(rows.regionAsOf?.text).toBe('2023/2024-09');
    expect(own.map((d) => d.text)).toContain(rows.regionAsOf?.text);
    expect(rows.nationalAsOf?.text).toBe('2025-10-20');
    expect(connectivityTimelineChart.dataAsOf(rows)).toBe(rows.regionAsOf);
  });

  test('undated values land in the undated lane; days are points; months, years and ranges are spans', () => {
    const all = rows.panels.flatMap((p) => p.rows);
    for (const r of all) {
      if (r.date === 'not-reported') expect(r.when.kind).toBe('undated');
      else if (/^\d{4}-\d{2}-\d{2}$/.test(r.date.text)) expect(r.when.kind).toBe('day');
      else expect(r.when.kind).toBe('span');
    }
    const undated = all.filter((r) => r.when.kind === 'undated');
    expect(undated.length).toBe(2);
    const svg = svgElement(connectivityTimelineChart.render(rows, 'en', WIDTHS.mobile));
    // Undated markers are the dashed rings of the lane; nothing of them sits on the time axis.
    expect(svg.querySelectorAll('circle[stroke-dasharray], g[stroke-dasharray] circle')).toHaveLength(
      undated.length,
    );
    expect(texts(svg).join(' ')).toContain(t('en', 'date.notReported').split(' ')[0] ?? '?');
    // A filled bar never stands for a span: no rect is drawn but the hover targets.
    expect([...svg.querySelectorAll('rect')].filter((r) => !r.closest('.hit'))).toHaveLength(0);
  });

  test('each value is written in the value column, in its unit', () => {
    const svg = svgElement(connectivityTimelineChart.render(rows, 'ru', WIDTHS.wide));
    const drawn = texts(svg);
    for (const r of rows.panels.flatMap((p) => p.rows))
      expect(drawn).toContain(
        r.unit === 'percent' ? formatPercent('ru', r.value) : formatNumber('ru', r.value),
      );
  });
});

describe('digital-literacy', () => {
  const rows = digitalLiteracyChart.prepare(syntheticModel());

  test('the article figure is its own mark, on no line, with its caveat beside it', () => {
    expect(rows.series[0]?.key).toBe(ARTICLE_LITERACY);
    for (const lang of LANGS) {
      const svg = svgElement(digitalLiteracyChart.render(rows, lang, WIDTHS.text));
      const lineKeys = [...svg.querySelectorAll('path[data-key]')]
        .filter((p) => (p.getAttribute('d') ?? '').includes('L'))
        .map((p) => p.getAttribute('data-key'));
      expect(lineKeys).not.toContain(ARTICLE_LITERACY);
      expect(texts(svg).join(' ')).toContain(t(lang, 'chart.literacy.caveat').split(' ')[0]);
    }
  });

  test('the y axis is Plot’s, 0–100%, and each national line is labelled once, at its latest value', () => {
    const svg = svgElement(digitalLiteracyChart.render(rows, 'en', WIDTHS.mobile));
    const drawn = texts(svg);
    expect(drawn).toEqual(expect.arrayContaining(['0%', '25%', '50%', '75%', '100%']));
    for (const s of rows.series.filter((x) => !x.article)) {
      const last = s.points.at(-1);
      const plot = svg.querySelectorAll(':scope > svg.panel')[1];
      const labels = [...(plot?.querySelectorAll(`text[data-key="${s.key}"]`) ?? [])].map(textOf);
      expect(labels).toEqual([formatPercent('en', last?.value ?? -1)]);
    }
  });
});

describe('public-services-online', () => {
  const rows = publicServicesOnlineChart.prepare(syntheticModel());

  test('each indicator is its own panel; targets are hollow rings on a dashed line', () => {
    const svg = svgElement(publicServicesOnlineChart.render(rows, 'en', WIDTHS.wide));
    // The legend, then one panel per indicator.
    expect(svg.querySelectorAll(':scope > svg.panel')).toHaveLength(rows.panels.length + 1);
    const targets = rows.panels.filter((p) => p.target).map((p) => p.indicator.id);
    expect(targets.sort()).toEqual([...TARGET_INDICATORS].sort());
    for (const id of targets) {
      const rings = [...svg.querySelectorAll(`circle[data-key="${id}"]`)].filter(
        (c) => (c.getAttribute('fill') ?? c.closest('g')?.getAttribute('fill')) === 'none',
      );
      expect(rings.length, id).toBeGreaterThan(0);
    }
    const dashed = [
      ...svg.querySelectorAll('g[stroke-dasharray] path[data-key], path[stroke-dasharray][data-key]'),
    ];
    expect(new Set(dashed.map((p) => p.getAttribute('data-key')))).toEqual(new Set(targets));
  });

  test('takes its "data as of" from reported values, never from a target year', () => {
    expect(publicServicesOnlineChart.dataAsOf(rows)?.text).toBe('2020');
  });
});

describe('villages-map', () => {
  const model = syntheticModel();
  const rows = villagesMapChart.prepare(model);

  test('names every mapped settlement on the map', () => {
    for (const lang of LANGS) {
      const svg = svgElement(villagesMapChart.render(rows, lang, WIDTHS.mobile));
      const names = [...svg.querySelectorAll('text[data-village]')].map((el) => el.textContent);
      expect(names.sort()).toEqual(rows.villages.map((v) => v.names[lang]).sort());
    }
  });

  test('lists each count of unmapped settlements on its own line, never added together', () => {
    const counts = unmappedCounts(model, siteRegion(model));
    expect(counts.map((c) => c.unmapped)).toEqual([20, 8]);
    const svg = svgElement(villagesMapChart.render(rows, 'en', WIDTHS.text));
    const lines = [...svg.querySelectorAll('.unmapped text[data-key]')]
      .map(textOf)
      .filter((s) => s.startsWith('– '));
    expect(lines).toHaveLength(counts.length);
    for (const [i, c] of counts.entries()) expect(lines[i]).toContain(`${c.unmapped} of ${c.total}`);
    expect(texts(svg).join(' ')).not.toContain('28');
  });
});
