import { describe, expect, test } from 'vitest';
import { readDist } from '../helpers/dist.ts';

const HOME = { kk: 'index.html', ru: 'ru/index.html', en: 'en/index.html' } as const;

describe.each(Object.entries(HOME))('built home page (%s)', (lang, path) => {
  const html = readDist(path);

  test('declares its language and links its translations', () => {
    expect(html).toContain(`<html lang="${lang}"`);
    for (const other of ['kk', 'ru', 'en'])
      expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${other}"`));
  });

  test('shows the headline figures, each linked to its source', () => {
    const figures =
      { kk: ['190', '26', '61%'], ru: ['190', '26', '61\u00a0%'], en: ['190', '26', '61%'] }[lang] ?? [];
    for (const f of figures)
      expect(html).toContain(`<span class="figure-value">${f}<sup><a href="#source-akimat-meeting-2018"`);
    expect(html).toContain('id="source-akimat-meeting-2018"');
  });
});
