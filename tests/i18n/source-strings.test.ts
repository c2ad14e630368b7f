/**
 * How a source reads on a Kazakh or Russian page, from the data alone: a source added to a copy of
 * the fixture with its kk/ru strings in data/sources.csv shows them, with no code change; one added
 * without strings shows its original title and no English note. That every source of today's data
 * has its strings is checked in tests/data/real-data.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { sourceDisplay, sourceName, sourceText } from '../../src/i18n/source-display.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Source } from '../../src/model/types.ts';
import { loadMutated } from '../helpers/fixture.ts';

/** One CSV line for sources.csv, cells in the header's order (see data/README.md). */
const sourceLine = (cells: Record<string, string>) =>
  [
    'id',
    'title',
    'publisher',
    'url',
    'language',
    'published',
    'accessed',
    'notes',
    'title_kind',
    'title_kk',
    'title_ru',
    'title_en',
    'publisher_kk',
    'publisher_ru',
    'note_kk',
    'note_ru',
    'note_en',
  ]
    .map((c) => {
      const v = cells[c] ?? '';
      return /[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
    })
    .join(',');

const TRANSLATED = {
  id: 'new-headline',
  title: 'Ауылдарға 4G келді',
  publisher: 'example.kz',
  url: 'https://example.kz/1',
  language: 'kk',
  published: '2025-03',
  accessed: 'not-reported',
  notes: 'English note kept for maintainers',
  title_ru: 'В сёла пришёл 4G',
  title_en: '4G reached the villages',
  note_kk: 'Ауылдарға 4G байланысы келгені туралы синтетикалық жаңалық.',
  note_ru: 'Синтетическая новость о том, что в сёла пришла связь 4G.',
};
const DESCRIBED = {
  id: 'new-described',
  title: 'example.kz news item 2 (headline not preserved)',
  publisher: 'example.kz',
  url: 'https://example.kz/2',
  language: 'ru',
  published: 'not-reported',
  accessed: 'not-reported',
  notes: 'English note kept for maintainers',
  title_kind: 'description',
  title_kk: 'example.kz, № 2 жаңалық (тақырыбы сақталмаған)',
  title_ru: 'Новость example.kz № 2 (заголовок не сохранился)',
  publisher_kk: 'Мысал басылымы',
  note_kk: 'Тесттерге арналған синтетикалық дереккөз.',
  note_ru: 'Синтетический источник для тестов.',
};
const BARE = {
  id: 'new-bare',
  title: 'Villages get 4G coverage',
  publisher: 'example.org',
  url: 'https://example.org/3',
  language: 'en',
  published: 'not-reported',
  accessed: 'not-reported',
  notes: 'English note kept for maintainers',
};

/** The fixture with three sources added to sources.csv and cited, as a data pull request would. */
function withAddedSources() {
  const result = loadMutated({
    'sources.csv': (text) => `${text}${[TRANSLATED, DESCRIBED, BARE].map(sourceLine).join('\n')}\n`,
    'indicator-values.csv': (text) =>
      `${text}${[TRANSLATED, DESCRIBED, BARE]
        .map((s, i) => `added-${i},villages-offline,testland,2025-0${i + 1},${i + 1},${s.id},`)
        .join('\n')}\n`,
  });
  if (!result.dataset) throw new Error(result.issues.map((i) => i.message).join('\n'));
  const model = buildModel(result.dataset);
  const source = (id: string): Source => {
    const found = model.sources.find((s) => s.id === id);
    if (!found) throw new Error(`no source ${id}`);
    return found;
  };
  return { result, source };
}

describe('a source added in data/sources.csv, with no code change', () => {
  const { result, source } = withAddedSources();

  test('its Kazakh and Russian strings reach the model and the page', () => {
    const s = source(TRANSLATED.id);
    expect(s.strings.ru).toEqual({ title: TRANSLATED.title_ru, publisher: null, note: TRANSLATED.note_ru });
    expect(sourceDisplay('kk', s)).toMatchObject({
      title: TRANSLATED.title,
      titleLang: 'kk',
      translation: null,
      note: TRANSLATED.note_kk,
    });
    expect(sourceDisplay('ru', s)).toMatchObject({
      translation: `[${TRANSLATED.title_ru}]`,
      note: TRANSLATED.note_ru,
    });
    expect(sourceName('ru', s)).toBe(`${TRANSLATED.title} [${TRANSLATED.title_ru}]`);
    expect(sourceDisplay('en', s)).toMatchObject({
      translation: `[${TRANSLATED.title_en}]`,
      note: TRANSLATED.notes,
    });
  });

  test('a source whose headline was not preserved is described in the page language', () => {
    const s = source(DESCRIBED.id);
    const kk = sourceDisplay('kk', s);
    expect(kk).toMatchObject({
      title: null,
      description: DESCRIBED.title_kk,
      publisher: DESCRIBED.publisher_kk,
    });
    expect(sourceText('ru', s)).toContain(DESCRIBED.title_ru);
    expect(sourceText('ru', s)).not.toContain(DESCRIBED.title);
    // English pages have no title_en here: the data's own English description stands in.
    expect(sourceDisplay('en', s).description).toBe(DESCRIBED.title);
  });

  test('a source without strings shows its original title and no English note on kk and ru pages', () => {
    const s = source(BARE.id);
    for (const lang of ['kk', 'ru'] as const) {
      expect(sourceDisplay(lang, s)).toMatchObject({
        title: BARE.title,
        titleLang: 'en',
        translation: null,
        description: null,
        note: null,
      });
      expect(sourceName(lang, s)).toBe(BARE.title);
      expect(sourceText(lang, s)).toContain(BARE.publisher);
      expect(sourceText(lang, s)).not.toContain(BARE.notes);
    }
    expect(sourceDisplay('en', s).note).toBe(BARE.notes);
  });

  test('the validator names, as a warning, each string the bare source lacks', () => {
    const line = 1 + (result.dataset?.tables.sources.findIndex((r) => r.values.id === BARE.id) ?? -9) + 1;
    const warnings = result.issues
      .filter((i) => i.code === 'source-not-translated')
      .map((i) => `${i.line}:${i.field}`);
    expect(warnings).toEqual([`${line}:title_kk`, `${line}:title_ru`, `${line}:note_kk`, `${line}:note_ru`]);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
