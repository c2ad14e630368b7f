/** The site's languages. Kazakh is the default and lives at the root of the site. */
import { LANGS, type Lang } from '../data/langs.ts';

export { LANGS };
export const DEFAULT_LANG: Lang = 'kk';

/** BCP 47 tags for Intl: Node's ICU formats kk-KZ correctly where d3's locale files have no Kazakh. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** Open Graph's `og:locale`: the same tags with an underscore (`kk_KZ`). */
export const ogLocale = (lang: Lang): string => INTL_LOCALE[lang].replace('-', '_');

export const LANG_NAMES: Readonly<Record<Lang, string>> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

/** Site-relative path for a page in a language: `localePath('ru', 'villages/')` → `/ru/villages/`. */
export function localePath(lang: Lang, path = ''): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
  const clean = path.replace(/^\//, '');
  return lang === DEFAULT_LANG ? `${base}${clean}` : `${base}${lang}/${clean}`;
}

/** The `[...lang]` route parameter: empty for the default language, which lives at the root. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** `getStaticPaths` of every `[...lang]/` page: one route file serves the three languages. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** The page language from its `[...lang]` parameter. */
export function langOf(params: Readonly<Record<string, string | undefined>>): Lang {
  const lang = params.lang ?? DEFAULT_LANG;
  if (!isLang(lang)) throw new Error(`unknown language ${lang}`);
  return lang;
}
