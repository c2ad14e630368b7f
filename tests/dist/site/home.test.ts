/**
 * The built story page as a whole: language, sections, headline figures and charts. Figures are
 * read from the model, not written here, so adding a valid row never breaks this file; today's
 * published figures are pinned in tests/data/real-data.test.ts only.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { STORY_CHART_IDS } from '../../../src/charts/registry.ts';
import { formatValue } from '../../../src/i18n/indicator-values.ts';
import { LANGS } from '../../../src/i18n/locales.ts';
import { isDated } from '../../../src/model/indicator-series.ts';
import { getModel } from '../../../src/model/load-model.ts';
import { seriesOf, siteRegion } from '../../../src/model/queries.ts';
import { readDist } from '../../helpers/dist.ts';

const HOME = { kk: 'index.html', ru: 'ru/index.html', en: 'en/index.html' } as const;
const model = getModel();
const region = siteRegion(model);
const HEADLINE = ['public-service-kinds', 'villages-without-internet', 'digital-literacy-article'];
const headline = HEADLINE.flatMap((id) => seriesOf(model, id, region.id).filter(isDated).slice(0, 1));

describe.each(LANGS)('built story page (%s)', (lang) => {
  const html = readDist(HOME[lang]);
  const doc = parseHTML(html).document;

  test('declares its language and links its translations', () => {
    expect(html).toContain(`<html lang="${lang}"`);
    for (const other of LANGS) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}"`));
  });

  test('opens with the headline, puts the villages first and the national backdrop last', () => {
    const h1 = doc.querySelector('article h1')?.textContent ?? '';
    expect(h1.length).toBeGreaterThan(0);
    expect(doc.querySelector('title')?.textContent?.startsWith(h1)).toBe(true);
    const order = ['chart-villages-map', 'chart-departments', 'chart-public-services-online'].map((id) =>
      html.indexOf(`id="${id}"`),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.indexOf('class="box"')).toBeLessThan(order[1] ?? 0);
  });

  test('shows the headline figures, each linked to its own source', () => {
    const shown = [...doc.querySelectorAll('a.fig')].map((el) => ({
      value: el.textContent,
      source: el.getAttribute('data-source'),
    }));
    expect(headline.length).toBeGreaterThan(0);
    for (const v of headline) {
      expect(shown).toContainEqual({ value: formatValue(lang, model, v), source: v.sourceId });
      expect(doc.querySelector(`#source-${v.sourceId}`)).not.toBeNull();
    }
  });

  test('carries every chart, each with its table', () => {
    for (const id of STORY_CHART_IDS) {
      const figure = doc.querySelector(`figure.chart#chart-${id}[data-chart="${id}"]`);
      expect(figure, id).not.toBeNull();
      expect(figure?.querySelectorAll('table')).toHaveLength(1);
    }
  });
});
