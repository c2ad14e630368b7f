import type { Lang } from '../model/types.ts';

/**
 * One table of UI strings in all three languages. The type makes a key missing in any
 * language a compile error, so no page can ship half-translated.
 */
export function defineStrings<const K extends string>(table: {
  readonly kk: Readonly<Record<K, string>>;
  readonly ru: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}): Readonly<Record<Lang, Readonly<Record<K, string>>>> {
  return table;
}
