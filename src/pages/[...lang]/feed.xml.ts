/** `/feed.xml`, `/ru/feed.xml`, `/en/feed.xml`: Atom feeds of data changes and the story. */
import type { APIRoute } from 'astro';
import { langOf, langPaths } from '../../i18n/locales.ts';
import { getModel } from '../../model/load-model.ts';
import { atomFeed } from '../../reuse/feed.ts';
import { dataHistory, storyDates } from '../../reuse/load-data-history.ts';
import { siteName, storyHeadline, storyLede } from '../../reuse/story-article.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params, site }) => {
  const lang = langOf(params);
  const model = getModel();
  const dates = storyDates();
  const xml = atomFeed({
    lang,
    site,
    siteName: siteName(lang, model),
    history: dataHistory(),
    story: {
      title: storyHeadline(lang, model),
      summary: storyLede(lang),
      published: dates?.published ?? null,
      modified: dates?.modified ?? null,
    },
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
