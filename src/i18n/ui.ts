/**
 * The typed dictionary of UI strings. Each area of the site keeps its own table in `strings/`
 * (so features can be added without editing one shared file); they are merged here.
 */
import type { Lang } from '../model/types.ts';
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

const merged = Object.fromEntries(
  (['kk', 'ru', 'en'] as const).map((lang) => [
    lang,
    Object.assign({}, ...tables.map((table) => table[lang])),
  ]),
) as Record<Lang, Record<UiKey, string>>;

/** `t('kk', 'source.label', {n: 3})` with `{n}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = merged[lang][key];
  return text.replace(/\{(\w+)\}/g, (_: string, name: string) => String(params[name] ?? `{${name}}`));
}
