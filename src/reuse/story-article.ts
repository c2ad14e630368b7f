/**
 * The story as others see it from outside the page: its schema.org Article, with the headline and
 * description of the story's copy (src/content/story/<lang>.mdoc), the same words as its h1 and
 * share tags.
 */
import { t } from '../i18n/ui.ts';
import { siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
import { articleJsonLd, type JsonLd } from './structured-data.ts';

/** The story's headline and description, as its copy's frontmatter gives them. */
export interface StoryWords {
  readonly title: string;
  readonly description: string;
}

export function siteName(lang: Lang, model: Model): string {
  return t(lang, 'site.name', { region: siteRegion(model).shortNames[lang] });
}

/** `dates`: the story's from git (`storyDates()` in `load-data-history.ts`), null outside git. */
export function storyArticle(
  lang: Lang,
  site: URL | undefined,
  model: Model,
  words: StoryWords,
  dates: { readonly published: string; readonly modified: string } | null,
): JsonLd {
  return articleJsonLd({
    lang,
    site,
    path: '',
    headline: words.title,
    description: words.description,
    publisher: siteName(lang, model),
    datePublished: dates?.published ?? null,
    dateModified: dates?.modified ?? null,
  });
}
