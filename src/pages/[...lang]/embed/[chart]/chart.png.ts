/** `/embed/<id>/chart.png` (and `/ru/…`, `/en/…`): the chart at 2×, drawn at build time. */
import type { APIRoute } from 'astro';
import { getModel } from '../../../../model/load-model.ts';
import { chartPng } from '../../../../reuse/chart-image.ts';
import { chartLangPaths, fromParams } from '../../../../reuse/routes.ts';

export const getStaticPaths = chartLangPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { lang, embed } = fromParams(params);
  const png = chartPng(getModel(), lang, embed, site);
  return new Response(png.bytes, { headers: { 'content-type': 'image/png' } });
};
