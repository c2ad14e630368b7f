/** The site's languages. Kazakh is the default and lives at the root of the site. */
import { LANGS, type Lang } from '../data/langs.ts';

export { LANGS };
export const DEFAULT_LANG: Lang = 'kk';

/** BCP 47 tags for Intl: Node's ICU formats kk-KZ correctly where d3's locale files have no Kazakh. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

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

/** `getStaticPaths` of the `[lang]/` pages: every language but the default, which lives at the root. */
export function prefixedLangPaths() {
  return LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => ({ params: { lang } }));
}
