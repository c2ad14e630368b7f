/** `/embed/<id>/chart.svg`: the same picture as the PNG, as a vector file for print and editing. */
import type { APIRoute } from 'astro';
import { getModel } from '../../../../model/load-model.ts';
import { chartImage } from '../../../../reuse/chart-image.ts';
import { chartLangPaths, fromParams } from '../../../../reuse/routes.ts';

export const getStaticPaths = chartLangPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { lang, embed } = fromParams(params);
  return new Response(chartImage(getModel(), lang, embed, site).svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
