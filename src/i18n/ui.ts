/**
 * The interface's sentences, one JSON file per language in `locales/` (kk.json is the reference),
 * looked up by key with their `{placeholders}` filled in.
 */
import type { Lang } from '../data/langs.ts';
import en from './locales/en.json' with { type: 'json' };
import kk from './locales/kk.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import type { KeyPlaceholders } from './placeholders.ts';
import type { Messages, UiKey } from './translation.ts';

export type { UiKey };

// Typed by the Kazakh keys: a key missing from ru.json or en.json is a type error here.
const LOCALES: Readonly<Record<Lang, Messages>> = { kk, ru, en };

/** The `{placeholders}` of a key; every language has the same ones (`checkLocale()` checks it). */
export type ParamsOf<K extends UiKey> = K extends keyof KeyPlaceholders ? KeyPlaceholders[K] : never;
type Values = Readonly<Record<string, string | number>>;
/**
 * A key known at compile time needs a value for each of its placeholders (more are allowed); a key
 * typed only as `UiKey` (chosen at run time) is checked when called.
 */
type ParamsArg<K extends UiKey> = UiKey extends K
  ? [params?: Values]
  : [ParamsOf<K>] extends [never]
    ? [params?: Values]
    : [params: Readonly<Record<ParamsOf<K>, string | number>> & Values];

/**
 * `t('kk', 'site.name', {region: 'Жамбыл'})` with every `{placeholder}` filled in. A missing value is a
 * compile error (`placeholders.ts`) and, for a key only known at run time, an error here: a page never
 * prints `{name}`.
 */
export function t<K extends UiKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  const values: Values = params ?? {};
  return LOCALES[lang][key].replace(/\{(\w+)\}/g, (_: string, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(
        `t(${lang}, ${key}): no value for {${name}}; pass it, or use template() where a script fills it later`,
      );
    return String(value);
  });
}

/**
 * A sentence whose other `{placeholders}` something else fills, such as the map's client script. Fills the
 * `values` given and keeps the rest.
 */
export function template(lang: Lang, key: UiKey, values: Values = {}): string {
  return LOCALES[lang][key].replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    String(values[name] ?? whole),
  );
}
