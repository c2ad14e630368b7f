/**
 * The built story page as a whole: language, sections, headline figures and charts. Figures are
 * read from the model, not written here, so adding a valid row never breaks this file; today's
 * published figures are pinned in tests/data/real-data.test.ts only.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { STORY_CHART_IDS } from '../../src/charts/registry.ts';
import { escapeHtml } from '../../src/escape.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { frontFill, frontHeadline } from '../../src/i18n/strings/front.ts';
import { t } from '../../src/i18n/ui.ts';
import { formatValue, isDated } from '../../src/model/indicator-series.ts';
import { getModel } from '../../src/model/load-model.ts';
import { seriesOf, siteRegion } from '../../src/model/queries.ts';
import { readDist } from '../helpers/dist.ts';

const HOME = { kk: 'index.html', ru: 'ru/index.html', en: 'en/index.html' } as const;
const model = getModel();
const region = siteRegion(model);
const HEADLINE = ['public-service-kinds', 'villages-without-internet', 'digital-literacy-article'];
const headline = HEADLINE.flatMap((id) => seriesOf(model, id, region.id).filter(isDated).slice(0, 1));
const year = headline[0]?.date.start.year;

describe.each(LANGS)('built story page (%s)', (lang) => {
  const html = readDist(HOME[lang]);
  const doc = parseHTML(html).document;

  test('declares its language and links its translations', () => {
    expect(html).toContain(`<html lang="${lang}"`);
    for (const other of LANGS) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}"`));
  });

  test('opens with the headline and standfirst, then the story sections, the year in the after-heading', () => {
    const quoted = (x: string) => escapeHtml(x).replace(/'/g, '&#39;');
    expect(html).toContain(`>${quoted(frontHeadline(lang, region))}</h1>`);
    expect(html).toContain(quoted(frontFill(lang, 'front.lede')));
    expect(year).toBeDefined();
    for (const key of [
      'story.departments.heading',
      'story.villages.heading',
      'story.literacy.heading',
    ] as const)
      expect(html).toContain(escapeHtml(t(lang, key)));
    expect(html).toContain(escapeHtml(t(lang, 'story.after.heading', { year: year ?? 0 })));
  });

  test('shows the headline figures, each linked to its own source', () => {
    const shown = [...doc.querySelectorAll('.figure-value')].map((el) => ({
      value: (el.firstChild?.textContent ?? '').trim(),
      href: el.querySelector('sup a')?.getAttribute('href'),
    }));
    expect(headline.length).toBeGreaterThan(0);
    for (const v of headline) {
      expect(shown).toContainEqual({ value: formatValue(lang, model, v), href: `#source-${v.sourceId}` });
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
