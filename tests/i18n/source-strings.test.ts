/**
 * Every source in data/ reads in Kazakh and Russian: a note in the page's language, a translation
 * of a title published in another language, and, for a source whose headline was not preserved, a
 * description in the page's language. A source added to data/ without them fails here, by id.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { sourceDisplay, sourceText } from '../../src/i18n/source-display.ts';
import { SOURCE_STRINGS } from '../../src/i18n/strings/sources.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Source } from '../../src/model/types.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../data'));
const sources = dataset ? buildModel(dataset).sources : [];

describe.each(['kk', 'ru'] as const)('sources on %s pages', (lang) => {
  test.each(sources.map((s) => [s.id, s] as const))('%s has display strings', (_id, s) => {
    const d = sourceDisplay(lang, s);
    expect(d.note, 'a note in the page language').toBeTruthy();
    if (d.description === null && s.language !== lang)
      expect(d.translation, 'a translation of a title in another language').toBeTruthy();
  });
  test('the data holds sources to check', () => {
    expect(sources.length).toBeGreaterThan(0);
  });
});

describe('sourceDisplay', () => {
  const source: Source = {
    id: 'fixture-untranslated',
    title: 'example.kz item 1 (headline not preserved)',
    publisher: 'example.kz',
    url: 'https://example.kz/1',
    language: 'kk',
    published: 'not-reported',
    accessed: 'not-reported',
    notes: 'English note kept for maintainers',
  };

  test('shows no English note on a Kazakh or Russian page when a translation is missing', () => {
    expect(sourceDisplay('kk', source).note).toBeNull();
    expect(sourceDisplay('ru', source).note).toBeNull();
    expect(sourceDisplay('en', source).note).toBe(source.notes);
  });

  test('shows a description in place of a title that was not preserved', () => {
    const id = Object.keys(SOURCE_STRINGS).find((k) => SOURCE_STRINGS[k]?.ru?.description);
    const described = sources.find((s) => s.id === id);
    if (!described) return;
    const d = sourceDisplay('ru', described);
    expect(d.title).toBeNull();
    expect(sourceText('ru', described)).toContain(d.description);
    expect(sourceText('ru', described)).not.toContain(described.title);
  });

  test('puts the translation beside a title in another language, not on its own page', () => {
    const id = Object.keys(SOURCE_STRINGS).find((k) => SOURCE_STRINGS[k]?.ru?.translation);
    const s = sources.find((x) => x.id === id && x.language !== 'ru');
    if (!s) return;
    expect(sourceText('ru', s)).toContain(`${s.title} ${SOURCE_STRINGS[s.id]?.ru?.translation}`);
    expect(sourceDisplay(s.language, s).translation).toBeNull();
  });
});
