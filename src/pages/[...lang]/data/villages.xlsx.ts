/**
 * `/data/villages.xlsx` (and `/ru/…`, `/en/…`): the village list in the page's language for Excel,
 * the same rows as the village map's own download, with coordinates as numbers and the sources of
 * statuses and coordinates on a second sheet. `/data/villages.csv` keeps the data's own column names.
 */
import type { APIRoute } from 'astro';
import { prepareChart } from '../../../charts/registry.ts';
import { VILLAGES_MAP_ID } from '../../../charts/villages-map.ts';
import { langOf, langPaths } from '../../../i18n/locales.ts';
import { getModel } from '../../../model/load-model.ts';
import { sourceOf } from '../../../model/queries.ts';
import { toXlsx, XLSX_TYPE } from '../../../reuse/xlsx.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = langOf(params);
  const model = getModel();
  const map = prepareChart(model, VILLAGES_MAP_ID);
  const sources = map.sourceIds.map((id) => sourceOf(model, id));
  const bytes = await toXlsx(lang, map.table(lang), sources);
  return new Response(bytes, { headers: { 'content-type': XLSX_TYPE } });
};
