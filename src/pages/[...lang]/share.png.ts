/** `/share.png` (and `/ru/…`, `/en/…`): the story's 1200×630 share card, drawn at build time. */
import type { APIRoute } from 'astro';
import { langOf, langPaths } from '../../i18n/locales.ts';
import { getModel } from '../../model/load-model.ts';
import { shareCardPng } from '../../reuse/share-card.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = ({ params }) => {
  const png = shareCardPng(getModel(), langOf(params));
  return new Response(png.bytes, { headers: { 'content-type': 'image/png' } });
};
