/**
 * The story as others see it from outside the page: its headline and lede for the feeds and its
 * schema.org Article. The same strings as the page's h1 and share tags (src/i18n/strings/front.ts).
 */
import { frontFill, frontHeadline } from '../i18n/strings/front.ts';
import { t } from '../i18n/ui.ts';
import { siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
import { articleJsonLd, type JsonLd } from './structured-data.ts';

export function storyHeadline(lang: Lang, model: Model): string {
  return frontHeadline(lang, siteRegion(model));
}

export function storyLede(lang: Lang): string {
  return frontFill(lang, 'front.lede');
}

export function siteName(lang: Lang, model: Model): string {
  return t(lang, 'site.name', { region: siteRegion(model).shortNames[lang] });
}

/** `dates`: the story's from git (`storyDates()` in `load-data-history.ts`), null outside git. */
export function storyArticle(
  lang: Lang,
  site: URL | undefined,
  model: Model,
  dates: { readonly published: string; readonly modified: string } | null,
): JsonLd {
  return articleJsonLd({
    lang,
    site,
    path: '',
    headline: storyHeadline(lang, model),
    description: storyLede(lang),
    publisher: siteName(lang, model),
    datePublished: dates?.published ?? null,
    dateModified: dates?.modified ?? null,
  });
}
