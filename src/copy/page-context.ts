/**
 * The context a page renders its copy with, and the build checks it against: one function, so
 * the check sees exactly what the page will print.
 */
import { REGISTRY } from '../charts/registry.ts';
import { localePath } from '../i18n/locales.ts';
import { Citations } from '../model/citations.ts';
import { siteRegion } from '../model/queries.ts';
import { storyFacts } from '../model/story.ts';
import type { Lang, Model } from '../model/types.ts';
import type { CopyContext } from './context.ts';
import { methodologyFacts } from './methodology-facts.ts';

/** Where a copy file lives, root-relative: `src/content/story/kk.mdoc`. */
export const copyFile = (page: string, lang: Lang): string => `src/content/${page}/${lang}.mdoc`;

/** Pages the `link` tag may name. The villages helper adds `reportVillage` when that page exists. */
function copyLinks(lang: Lang): Readonly<Record<string, string>> {
  return {
    story: localePath(lang),
    villages: localePath(lang, 'villages/'),
    methodology: localePath(lang, 'methodology/'),
    data: localePath(lang, 'data/'),
    factCheck: localePath(lang, 'data/fact-check/'),
  };
}

export function copyContext(
  model: Model,
  lang: Lang,
  page: string,
  citations: Citations = new Citations(model),
  /** From the page's loader (`reuse/load-repo-url.ts`); only pages that place charts need it. */
  repoUrl: string | null = null,
): CopyContext {
  const region = siteRegion(model);
  return {
    lang,
    model,
    regionId: region.id,
    citations,
    chartIds: REGISTRY.map((r) => r.chart.id),
    // Each page's copy tests its own facts: the story's, or the methodology's known gaps.
    facts: page === 'methodology' ? methodologyFacts(model, lang) : storyFacts(model, region.id),
    file: copyFile(page, lang),
    links: copyLinks(lang),
    repoUrl,
  };
}
