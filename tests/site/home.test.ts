import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/escape.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { getModel } from '../../src/model/load-model.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { readDist } from '../helpers/dist.ts';

const HOME = { kk: 'index.html', ru: 'ru/index.html', en: 'en/index.html' } as const;

describe.each(LANGS)('built story page (%s)', (lang) => {
  const html = readDist(HOME[lang]);
  const region = siteRegion(getModel()).names[lang];

  test('declares its language and links its translations', () => {
    expect(html).toContain(`<html lang="${lang}"`);
    for (const other of LANGS) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}"`));
  });

  test('opens with the story: headline, standfirst and sections', () => {
    expect(html).toContain(`<h1>${escapeHtml(t(lang, 'story.title', { region, year: 2018 }))}</h1>`);
    expect(html).toContain(escapeHtml(t(lang, 'story.standfirst', { region, year: 2018 })));
    for (const key of [
      'story.departments.heading',
      'story.villages.heading',
      'story.literacy.heading',
    ] as const)
      expect(html).toContain(escapeHtml(t(lang, key)));
    expect(html).toContain(escapeHtml(t(lang, 'story.after.heading', { year: 2018 })));
  });

  test('shows the headline figures, each linked to its source', () => {
    const figures =
      { kk: ['190', '26', '61%'], ru: ['190', '26', '61\u00a0%'], en: ['190', '26', '61%'] }[lang] ?? [];
    for (const f of figures)
      expect(html).toContain(`<span class="figure-value">${f}<sup><a href="#source-akimat-meeting-2018"`);
    expect(html).toContain('id="source-akimat-meeting-2018"');
  });

  test('carries the three charts, each with its table', () => {
    for (const id of ['departments', 'connectivity-timeline', 'digital-literacy'])
      expect(html).toContain(`<figure class="chart" id="chart-${id}" data-chart="${id}"`);
    expect(html.match(/<table>/g)).toHaveLength(3);
  });
});
