/** `/embed/<id>/data.csv`: the rows behind the chart, labelled in the page's language, for Excel. */
import type { APIRoute } from 'astro';
import { prepareChart } from '../../../../charts/registry.ts';
import { t } from '../../../../i18n/ui.ts';
import { getModel } from '../../../../model/load-model.ts';
import { toCsv } from '../../../../reuse/csv.ts';
import { chartLangPaths, fromParams } from '../../../../reuse/routes.ts';

export const getStaticPaths = chartLangPaths;

export const GET: APIRoute = ({ params }) => {
  const { lang, embed } = fromParams(params);
  const table = prepareChart(getModel(), embed.chart.id).table(lang);
  return new Response(toCsv(table.columns, table.rows, t(lang, 'value.notReported')), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
