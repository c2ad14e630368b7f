/**
 * How a source reads on a Kazakh or Russian page: a note in the page's language, a translation of a
 * title published in another language, a description for a source whose headline was not preserved,
 * and, for a source added to data/ without display strings, its original title and no English note
 * (so a data pull request needs no code change). That every source of today's data has its strings
 * is checked in tests/data/real-data.test.ts.
 */
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { sourceDisplay, sourceName, sourceText } from '../../src/i18n/source-display.ts';
import { SOURCE_STRINGS } from '../../src/i18n/strings/sources.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Source } from '../../src/model/types.ts';

const { dataset } = loadDataset(resolve(import.meta.dirname, '../../data'));
const sources = dataset ? buildModel(dataset).sources : [];

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

  test('shows a new source with no display strings by its original title, with no translation or English note', () => {
    const added: Source = {
      id: 'fixture-new-source',
      title: 'Villages get 4G coverage',
      publisher: 'example.kz',
      url: 'https://example.kz/2',
      language: 'en',
      published: 'not-reported',
      accessed: 'not-reported',
      notes: 'English note kept for maintainers',
    };
    for (const lang of ['kk', 'ru'] as const) {
      const d = sourceDisplay(lang, added);
      expect(d).toMatchObject({
        title: added.title,
        titleLang: 'en',
        translation: null,
        description: null,
        note: null,
      });
      expect(sourceName(lang, added)).toBe(added.title);
      expect(sourceText(lang, added)).toContain('example.kz');
      expect(sourceText(lang, added)).not.toContain(added.notes);
    }
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
