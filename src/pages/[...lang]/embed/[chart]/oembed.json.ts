/** `/embed/<id>/oembed.json`: oEmbed for CMSes that turn a pasted embed-page link into the iframe. */
import type { APIRoute } from 'astro';
import { localePath } from '../../../../i18n/locales.ts';
import { getModel } from '../../../../model/load-model.ts';
import { embedInfo, oembedJson } from '../../../../reuse/embed-info.ts';
import { chartLangPaths, fromParams } from '../../../../reuse/routes.ts';
import { absolute } from '../../../../reuse/urls.ts';

export const getStaticPaths = chartLangPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { lang, embed } = fromParams(params);
  const info = embedInfo(getModel(), lang, embed, site);
  return new Response(`${JSON.stringify(oembedJson(info, absolute(localePath(lang), site)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
