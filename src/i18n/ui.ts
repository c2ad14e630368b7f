/**
 * The typed dictionary of UI strings. Each area of the site keeps its own table in `strings/`
 * (so features can be added without editing one shared file); they are merged here.
 */
import type { Lang } from '../model/types.ts';
import { common } from './strings/common.ts';

const tables = [common] as const;

type Table = (typeof tables)[number];
export type UiKey = Table extends unknown ? keyof Table['kk'] : never;

const merged = Object.fromEntries(
  (['kk', 'ru', 'en'] as const).map((lang) => [
    lang,
    Object.assign({}, ...tables.map((table) => table[lang])),
  ]),
) as Record<Lang, Record<UiKey, string>>;

/** `t('kk', 'source.label', {n: 3})` with `{n}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = merged[lang][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
