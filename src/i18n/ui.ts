/**
 * The typed dictionary of UI strings. Each area of the site keeps its own table in `strings/`
 * (so features can be added without editing one shared file); they are merged here.
 */
import type { Lang } from '../model/types.ts';
import type { Placeholders } from './define-strings.ts';
import { after } from './strings/after.ts';
import { charts } from './strings/charts.ts';
import { common } from './strings/common.ts';
import { embed } from './strings/embed.ts';
import { map } from './strings/map.ts';
import { methodology } from './strings/methodology.ts';
import { story } from './strings/story.ts';
import { web } from './strings/web.ts';

const tables = [common, story, charts, methodology, map, embed, after, web] as const;

type KeysOf<T extends { readonly kk: object }> = keyof T['kk'];
export type UiKey =
  | KeysOf<typeof common>
  | KeysOf<typeof story>
  | KeysOf<typeof charts>
  | KeysOf<typeof methodology>
  | KeysOf<typeof map>
  | KeysOf<typeof embed>
  | KeysOf<typeof after>
  | KeysOf<typeof web>;

type Texts<T extends { readonly kk: object }> = (T extends { readonly [L in Lang]: infer R } ? R : never) &
  T['kk'];
/** A key's text in any of the three languages, as literal types. */
type TextOf<K extends UiKey> = K extends keyof Texts<typeof common>
  ? Texts<typeof common>[K]
  : K extends keyof Texts<typeof story>
    ? Texts<typeof story>[K]
    : K extends keyof Texts<typeof methodology>
      ? Texts<typeof methodology>[K]
      : K extends keyof Texts<typeof map>
        ? Texts<typeof map>[K]
        : K extends keyof Texts<typeof embed>
          ? Texts<typeof embed>[K]
          : K extends keyof Texts<typeof after>
            ? Texts<typeof after>[K]
            : K extends keyof Texts<typeof web>
              ? Texts<typeof web>[K]
              : never;
/** The `{placeholders}` of a key, in any language. */
export type ParamsOf<K extends UiKey> = Placeholders<TextOf<K>>;
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

const merged = Object.fromEntries(
  (['kk', 'ru', 'en'] as const).map((lang) => [
    lang,
    Object.assign({}, ...tables.map((table) => table[lang])),
  ]),
) as Record<Lang, Record<UiKey, string>>;

/**
 * `t('kk', 'site.name', {region: 'Жамбыл'})` with every `{placeholder}` filled in. A missing value is a
 * compile error and, for a key only known at run time, an error here: a page never prints `{name}`.
 */
export function t<K extends UiKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  const values: Values = params ?? {};
  return merged[lang][key].replace(/\{(\w+)\}/g, (_: string, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`t(${lang}, ${key}): no value for {${name}}; pass it, or use template() for CitedText`);
    return String(value);
  });
}

/**
 * A sentence whose other `{placeholders}` something else fills: CitedText (a cited figure in each) or the
 * map's client script. Fills the `values` given and keeps the rest.
 */
export function template(lang: Lang, key: UiKey, values: Values = {}): string {
  return merged[lang][key].replace(/\{(\w+)\}/g, (whole: string, name: string) =>
    String(values[name] ?? whole),
  );
}
