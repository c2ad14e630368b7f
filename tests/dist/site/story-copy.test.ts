/**
 * The built story in each language: the copy's tags are all rendered (no `{%`, no unfilled
 * `{name}`), every figure and linked phrase points at an entry of the page's source list, and the
 * fact-check sheet is there, unindexed, listing sentences with their sources.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { LANGS, localePath } from '../../../src/i18n/locales.ts';
import { getModel } from '../../../src/model/load-model.ts';
import { quotesOf } from '../../../src/model/source-quotes.ts';
import type { Lang } from '../../../src/model/types.ts';
import { readDist } from '../../helpers/dist.ts';

const page = (lang: Lang, path = '') =>
  parseHTML(readDist(`${localePath(lang, path).slice(1)}index.html`)).document;
/** The text a reader sees: no scripts, styles or drawings. */
function visibleText(doc: Document): string {
  for (const el of doc.querySelectorAll('script, style, svg')) el.remove();
  return doc.body.textContent ?? '';
}

describe.each(LANGS)('the built story in %s', (lang) => {
  const doc = page(lang);

  test('has no tag or placeholder left unrendered', () => {
    const text = visibleText(page(lang));
    expect(text).not.toContain('{%');
    expect(text).not.toMatch(/\{[\w$.]+\}/);
  });

  test('links every figure and phrase to an entry of its source list', () => {
    const links = [...doc.querySelectorAll('article a[data-source]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links)
      expect(doc.getElementById(`source-${a.getAttribute('data-source')}`)).not.toBeNull();
  });

  test('its fact-check sheet is unindexed and lists its sentences, each with a source', () => {
    const sheet = page(lang, 'data/fact-check/');
    expect(sheet.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const rows = [...sheet.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.querySelectorAll('td li code').length).toBeGreaterThan(0);
    expect(visibleText(sheet)).not.toContain('{%');
  });

  test('its fact-check sheet shows, under each cited source, every quote data/source-quotes.csv holds for it', () => {
    const model = getModel();
    const sheet = page(lang, 'data/fact-check/');
    let quoted = 0;
    for (const item of sheet.querySelectorAll('tbody td li')) {
      const id = item.querySelector('code')?.textContent ?? '';
      const shown = [...item.querySelectorAll('blockquote p')].map((p) => p.textContent);
      expect(shown).toEqual(quotesOf(model, id).map((q) => q.quote));
      quoted += shown.length;
    }
    // Some cited source has a quote whenever the data holds any quote for a cited source.
    expect(quoted > 0).toBe(model.sourceQuotes.length > 0);
  });
});
