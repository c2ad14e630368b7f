/**
 * The story as others see it from outside the page: its title for the feeds and its schema.org
 * Article. The title is built as the story page builds its own (a test compares the two in dist/).
 */
import { ARTICLE_LITERACY } from '../charts/digital-literacy.ts';
import { t } from '../i18n/ui.ts';
import { departmentEntries, recordDates } from '../model/department-entries.ts';
import { isDated } from '../model/indicator-series.ts';
import { getModel } from '../model/load-model.ts';
import { seriesOf, siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
import { storyDates } from './data-history.ts';
import { articleJsonLd, type JsonLd } from './structured-data.ts';

/** The year of the story's headline figures, as the story page takes it; null without any. */
export function storyYear(model: Model): number | null {
  const region = siteRegion(model);
  const first = (id: string) => seriesOf(model, id, region.id).find(isDated);
  const headline =
    first('public-service-kinds') ?? first('villages-without-internet') ?? first(ARTICLE_LITERACY);
  return headline?.date.start.year ?? recordDates(departmentEntries(model))[0]?.start.year ?? null;
}

export function storyTitle(lang: Lang, model = getModel()): string | null {
  const year = storyYear(model);
  return year === null ? null : t(lang, 'story.title', { region: siteRegion(model).names[lang], year });
}

export function siteName(lang: Lang, model = getModel()): string {
  return t(lang, 'site.name', { region: siteRegion(model).shortNames[lang] });
}

export function storyArticle(
  lang: Lang,
  site: URL | undefined,
  headline: string,
  description: string,
): JsonLd {
  const dates = storyDates();
  return articleJsonLd({
    lang,
    site,
    path: '',
    headline,
    description,
    publisher: siteName(lang),
    datePublished: dates?.published ?? null,
    dateModified: dates?.modified ?? null,
  });
}
