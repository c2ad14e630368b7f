/**
 * The data dictionary in Kazakh and Russian: every table and field of the contract is translated,
 * nothing is left in English, and no translation is left over from a table or field that is gone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TABLES } from '../../src/data/schema.ts';
import {
  codeSpans,
  describeField,
  describeTable,
  type TranslatedLang,
} from '../../src/i18n/data-dictionary.ts';
import { dictionaryProblems } from '../../src/i18n/translation.ts';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');
const fileOf = (lang: TranslatedLang) => `${lang}.data-dictionary.json`;

const LANGS: readonly TranslatedLang[] = ['kk', 'ru'];
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
/** Backticked tokens of a text, e.g. `id`, `not-reported`, `true`. */
const codes = (text: string) =>
  codeSpans(text)
    .filter((s) => s.code)
    .map((s) => s.text);

describe.each(LANGS)('%s', (lang) => {
  test.each(TABLES.map((t) => [t.name, t] as const))(
    'table %s: title and description translated',
    (_, table) => {
      const { title, description } = describeTable(lang, table);
      expect(title.trim()).not.toBe('');
      expect(description.trim()).not.toBe('');
      expect(title).not.toBe(table.title);
      expect(description).not.toBe(table.description);
      expect(codes(description)).toEqual(codes(table.description));
    },
  );

  test.each(TABLES.map((t) => [t.name, t] as const))('table %s: every field translated', (_, table) => {
    for (const field of table.fields) {
      const key = `${table.name}.${field.name}`;
      const text = describeField(lang, table, field);
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toBe(field.description);
      expect(codes(text), key).toEqual(codes(field.description));
    }
  });

  test('the file describes every table and column of the contract, and nothing else', () => {
    expect(dictionaryProblems(fileOf(lang), readFileSync(join(LOCALES, fileOf(lang)), 'utf8'))).toEqual([]);
  });
});

test('the check names the file, the line and the column of each problem', () => {
  const table = TABLES[0];
  const field = table?.fields.find((f) => !['id', 'region', 'source', 'note'].includes(f.name));
  if (!table || !field) throw new Error('the contract has no table with an own column');
  const text = readFileSync(join(LOCALES, fileOf('ru')), 'utf8');
  const dictionary = JSON.parse(text);
  delete dictionary.fields[`${table.name}.${field.name}`];
  dictionary.fields['villages.colour'] = 'Цвет';
  const broken = JSON.stringify(dictionary, null, 2);
  expect(dictionaryProblems('ru.data-dictionary.json', broken)).toEqual([
    {
      line: broken.split('\n').findIndex((l) => l.includes('"fields":')) + 1,
      message: `ru.data-dictionary.json describes no column ${table.name}.${field.name}: add "${table.name}.${field.name}": "…" under "fields"`,
    },
    {
      line: broken.split('\n').findIndex((l) => l.includes('"villages.colour":')) + 1,
      message:
        'ru.data-dictionary.json describes villages.colour, which src/data/schema.ts does not have: remove it',
    },
  ]);
  expect(dictionaryProblems('ru.data-dictionary.json', '{\n  "tables": {},\n}')).toEqual([
    { line: 3, message: expect.stringMatching(/^not valid JSON .*comma after every line/) },
  ]);
});

/** Kazakh texts too short to need a letter only Kazakh has; each still differs from the Russian. */
const KAZAKH_WITHOUT_OWN_LETTERS = new Set(['regions.title', 'districts.title', 'regions.iso_3166_2']);

test('the Kazakh is Kazakh: every text uses letters only Kazakh has, or is a known short exception', () => {
  const texts = TABLES.flatMap((table): [key: string, kk: string, ru: string][] => [
    [`${table.name}.title`, describeTable('kk', table).title, describeTable('ru', table).title],
    [
      `${table.name}.description`,
      describeTable('kk', table).description,
      describeTable('ru', table).description,
    ],
    ...table.fields.map((field): [string, string, string] => [
      `${table.name}.${field.name}`,
      describeField('kk', table, field),
      describeField('ru', table, field),
    ]),
  ]);
  const without = texts.filter(([, text]) => !KAZAKH_LETTERS.test(text)).map(([key]) => key);
  expect(without.filter((key) => !KAZAKH_WITHOUT_OWN_LETTERS.has(key))).toEqual([]);
  // An exception that gained a Kazakh letter leaves the list, so the list never hides a new case.
  expect([...KAZAKH_WITHOUT_OWN_LETTERS].filter((key) => !without.includes(key))).toEqual([]);
  // And not Russian copied in by mistake: the two differ wherever both exist, tables included.
  for (const [key, text, russian] of texts) expect(text, key).not.toBe(russian);
});
