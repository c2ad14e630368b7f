/** `/embed/<id>/data.xlsx`: the rows of `data.csv` as an Excel workbook, with the chart's sources on a second sheet. */
import type { APIRoute } from 'astro';
import { prepareChart } from '../../../../charts/registry.ts';
import { getModel } from '../../../../model/load-model.ts';
import { sourceOf } from '../../../../model/queries.ts';
import { chartLangPaths, fromParams } from '../../../../reuse/routes.ts';
import { toXlsx, XLSX_TYPE } from '../../../../reuse/xlsx.ts';

export const getStaticPaths = chartLangPaths;

export const GET: APIRoute = async ({ params }) => {
  const { lang, embed } = fromParams(params);
  const model = getModel();
  const chart = prepareChart(model, embed.chart.id);
  const sources = chart.sourceIds.map((id) => sourceOf(model, id));
  const bytes = await toXlsx(lang, chart.table(lang), sources);
  return new Response(bytes, { headers: { 'content-type': XLSX_TYPE } });
};
