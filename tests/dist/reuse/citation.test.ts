/**
 * The citation and the image footers print the site's address only when it is a public one: a
 * build without SITE_URL must not tell readers to visit localhost. Cited titles are marked as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citation, citedTitles } from '../../../src/reuse/citation.ts';
import { isPublicSite } from '../../../src/reuse/urls.ts';
import { DIST } from '../../helpers/dist.ts';

const facts = {
  id: 'x',
  title: 'Диаграмма',
  subtitle: '',
  siteName: 'Сайт',
  sources: [],
  sourceQuotes: [],
  sourceLabel: 'Источник',
  sourceLine: 'Title as published [перевод], example.org, 2021 г.',
  dataAsOf: null,
  version: 'abc1234',
  notes: [],
};

describe('citation', () => {
  test('names the site without an address when the site has no public one', () => {
    const { before, after } = citation('ru', facts, null);
    expect(`${before}DATE${after}`).toBe(
      '«Диаграмма» // Сайт. Источник: Title as published [перевод], example.org, 2021 г. Версия данных: abc1234 (дата обращения: DATE).',
    );
  });

  test('gives the address when there is one', () => {
    expect(citation('en', facts, 'https://example.org/embed/x/').before).toContain(
      'https://example.org/embed/x/',
    );
  });

  test('only a configured, non-local origin counts as public', () => {
    expect(isPublicSite(new URL('http://localhost:4321'))).toBe(false);
    expect(isPublicSite(new URL('http://127.0.0.1:4321'))).toBe(false);
    expect(isPublicSite(undefined)).toBe(false);
    expect(isPublicSite(new URL('https://example.github.io/site/'))).toBe(true);
  });

  test('marks each cited title, in order, and leaves the rest as text', () => {
    expect(citedTitles(facts.sourceLine, [{ title: 'Title as published', lang: 'en' }])).toEqual([
      { text: 'Title as published', lang: 'en' },
      { text: ' [перевод], example.org, 2021 г.' },
    ]);
  });
});

describe.skipIf(process.env.SITE_URL)('a build without SITE_URL', () => {
  const embeds = readdirSync(join(DIST, 'embed'));
  test.each(embeds)('%s: the image footer does not print localhost', (id) => {
    expect(readFileSync(join(DIST, 'embed', id, 'chart.svg'), 'utf8')).not.toContain('localhost');
  });
  test('the charts’ citations (on the data page, where the embed panels are) do not print localhost', () => {
    const page = readFileSync(join(DIST, 'data', 'index.html'), 'utf8');
    const citations = [...page.matchAll(/<p class="embed-citation"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(c).not.toContain('localhost');
  });
});
