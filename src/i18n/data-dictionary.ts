/**
 * The data dictionary of the /data/ pages in the page's language: every table's title and
 * description and every column's description. The English is the contract's own
 * (`src/data/schema.ts`, which also feeds `datapackage.json`); the Kazakh and Russian are in
 * `locales/kk.data-dictionary.json` and `locales/ru.data-dictionary.json`. The type checker holds
 * them to every table; `dictionaryProblems()` (`translation.ts`) finds a column described nowhere, or
 * one the contract does not have, for the build's report and the tests.
 */
import type { Lang } from '../data/langs.ts';
import type { FieldSpec, TableSpec } from '../data/schema.ts';
import kk from './locales/kk.data-dictionary.json' with { type: 'json' };
import ru from './locales/ru.data-dictionary.json' with { type: 'json' };
import { type DataDictionaryFile, fieldText, type TableText } from './translation.ts';

export type TranslatedLang = Exclude<Lang, 'en'>;

const SCHEMA_TRANSLATIONS: Readonly<Record<TranslatedLang, DataDictionaryFile>> = { kk, ru };

/** A table's title and description in `lang`; for `en`, the schema's own English. */
export function describeTable(lang: Lang, table: TableSpec): TableText {
  if (lang === 'en') return { title: table.title, description: table.description };
  return SCHEMA_TRANSLATIONS[lang].tables[table.name];
}

/**
 * A field's description in `lang`; for `en`, the schema's own English. A field with no translation
 * throws, so a new column cannot reach the kk or ru page in English unmarked.
 */
export function describeField(lang: Lang, table: TableSpec, field: FieldSpec): string {
  if (lang === 'en') return field.description;
  const text = fieldText(SCHEMA_TRANSLATIONS[lang], table.name, field.name);
  if (!text)
    throw new Error(
      `no ${lang} description of ${table.name}.${field.name} in src/i18n/locales/${lang}.data-dictionary.json`,
    );
  return text;
}

/** Splits text on backticks: odd pieces were `code` and render as code elements. */
export function codeSpans(text: string): { readonly text: string; readonly code: boolean }[] {
  return text
    .split('`')
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((s) => s.text !== '');
}
