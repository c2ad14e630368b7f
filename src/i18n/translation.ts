/**
 * What a locale file must hold. `locales/kk.ts` is the reference: `locales/ru.ts` and `locales/en.ts`
 * pass their messages through `translation()`, so a key missing or left over, or a `{placeholder}`
 * that differs from the Kazakh one, is a compile error on the line of the translation. The data
 * dictionary's shape (`DataDictionary`) comes from the contract, so a new column needs its Kazakh and
 * Russian description before the site compiles.
 */
import type { TABLES, TableName, TableSpec } from '../data/schema.ts';
import type { kk } from './locales/kk.ts';

/** The `{names}` in a string literal type: `'{n} of {total}'` → `'n' | 'total'`. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** Every key of the interface's sentences, e.g. `'site.name'`. */
export type UiKey = keyof typeof kk;

/** True when two unions hold the same members (the tuples stop `never` and unions distributing). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A key's placeholders in braces, for the message a mismatch shows in the editor. */
type Braced<P> = [P] extends [never] ? 'none' : P extends string ? `{${P}}` : never;

/** Each key of `T` as kk.ts has it, with the same placeholders; and every key of kk.ts. */
type Checked<T> = {
  readonly [K in keyof T]: K extends UiKey
    ? Same<Placeholders<T[K]>, Placeholders<(typeof kk)[K]>> extends true
      ? T[K]
      : { readonly 'its placeholders must be those of kk.ts': Braced<Placeholders<(typeof kk)[K]>> }
    : { readonly 'this key is not in kk.ts': K };
} & { readonly [K in Exclude<UiKey, keyof T>]: { readonly 'this key of kk.ts is missing': K } };

/**
 * A locale's messages, checked against Kazakh: the same keys, and per key the same `{placeholders}`
 * (in any order). Returns them unchanged, with their literal types.
 */
export function translation<const T extends Readonly<Record<string, string>>>(messages: T & Checked<T>): T {
  return messages;
}

type SchemaTable = (typeof TABLES)[number];
/** `table.column` for every column of the contract, e.g. `'villages.lat'`. */
type FieldKey = SchemaTable extends infer S
  ? S extends TableSpec<infer N, infer F>
    ? `${N}.${F[number]['name']}`
    : never
  : never;

export interface TableText {
  readonly title: string;
  readonly description: string;
}

/**
 * The data dictionary in one language: every table's title and description and every column's
 * description. The English is the contract's own (`src/data/schema.ts`), which also feeds
 * `datapackage.json`; Kazakh and Russian translate it. Column names, ids, file names and tokens such
 * as `not-reported` and `true` stay as they are, in backticks where the English has them.
 */
export interface DataDictionary {
  readonly tables: Readonly<Record<TableName, TableText>>;
  readonly fields: Readonly<Record<FieldKey, string>>;
}
