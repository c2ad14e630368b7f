/** `/feed.xml`, `/ru/feed.xml`, `/en/feed.xml`: Atom feeds of data changes and the story. */

import { getEntry } from 'astro:content';
import type { APIRoute } from 'astro';
import { langOf, langPaths } from '../../i18n/locales.ts';
import { getModel } from '../../model/load-model.ts';
import { atomFeed } from '../../reuse/feed.ts';
import { dataHistory, storyDates } from '../../reuse/load-data-history.ts';
import { siteName } from '../../reuse/story-article.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = langOf(params);
  // The story's headline and description are its copy's, as on the page.
  const copy = await getEntry('copy', `story/${lang}`);
  if (!copy) throw new Error(`src/content/story/${lang}.mdoc is missing.`);
  const model = getModel();
  const dates = storyDates();
  const xml = atomFeed({
    lang,
    site,
    siteName: siteName(lang, model),
    history: dataHistory(),
    story: {
      title: copy.data.title,
      summary: copy.data.description,
      published: dates?.published ?? null,
      modified: dates?.modified ?? null,
    },
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
