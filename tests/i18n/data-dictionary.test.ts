/**
 * The data dictionary in Kazakh and Russian: every table and field of the contract is translated,
 * nothing is left in English, and no translation is left over from a table or field that is gone.
 */
import { describe, expect, test } from 'vitest';
import { TABLES, type TableName } from '../../src/data/schema.ts';
import {
  codeSpans,
  describeField,
  describeTable,
  SCHEMA_TRANSLATIONS,
  type TranslatedLang,
} from '../../src/i18n/data-dictionary.ts';

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

  test('no orphan keys', () => {
    const tables = new Set<string>(TABLES.map((t) => t.name));
    const fields = new Set(TABLES.flatMap((t) => t.fields.map((f) => `${t.name}.${f.name}`)));
    expect(Object.keys(SCHEMA_TRANSLATIONS[lang].tables).filter((k) => !tables.has(k))).toEqual([]);
    expect(Object.keys(SCHEMA_TRANSLATIONS[lang].fields).filter((k) => !fields.has(k))).toEqual([]);
  });
});

/** Kazakh texts too short to need a letter only Kazakh has; each still differs from the Russian. */
const KAZAKH_WITHOUT_OWN_LETTERS = new Set(['regions.title', 'districts.title', 'regions.iso_3166_2']);

test('the Kazakh is Kazakh: every text uses letters only Kazakh has, or is a known short exception', () => {
  const kk = SCHEMA_TRANSLATIONS.kk;
  const ru = SCHEMA_TRANSLATIONS.ru;
  const ruFields: Readonly<Record<string, string>> = ru.fields;
  const texts: [key: string, kk: string, ru: string | undefined][] = [
    ...(Object.entries(kk.tables) as [TableName, (typeof kk.tables)[TableName]][]).flatMap(
      ([name, t]): [string, string, string | undefined][] => [
        [`${name}.title`, t.title, ru.tables[name]?.title],
        [`${name}.description`, t.description, ru.tables[name]?.description],
      ],
    ),
    ...Object.entries(kk.fields).map(([key, text]): [string, string, string | undefined] => [
      key,
      text,
      ruFields[key],
    ]),
  ];
  const without = texts.filter(([, text]) => !KAZAKH_LETTERS.test(text)).map(([key]) => key);
  expect(without.filter((key) => !KAZAKH_WITHOUT_OWN_LETTERS.has(key))).toEqual([]);
  // An exception that gained a Kazakh letter leaves the list, so the list never hides a new case.
  expect([...KAZAKH_WITHOUT_OWN_LETTERS].filter((key) => !without.includes(key))).toEqual([]);
  // And not Russian copied in by mistake: the two differ wherever both exist, tables included.
  for (const [key, text, russian] of texts) expect(text, key).not.toBe(russian);
});

test('English comes from schema.ts unchanged', () => {
  for (const table of TABLES) {
    expect(describeTable('en', table)).toEqual({ title: table.title, description: table.description });
    for (const field of table.fields) expect(describeField('en', table, field)).toBe(field.description);
  }
});

test('codeSpans splits backticked tokens from the prose around them', () => {
  expect(codeSpans('Date, or `not-reported`.')).toEqual([
    { text: 'Date, or ', code: false },
    { text: 'not-reported', code: true },
    { text: '.', code: false },
  ]);
  expect(codeSpans('`true` when')).toEqual([
    { text: 'true', code: true },
    { text: ' when', code: false },
  ]);
});
