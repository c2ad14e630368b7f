/**
 * `/embeds.json`: the machine-readable list of everything embeddable, for CMS plug-ins and for our own
 * tests: per chart and language the embed page, oEmbed, images with their pixel size, and data.
 */
import type { APIRoute } from 'astro';
import { REGISTRY as EMBEDDABLES } from '../charts/registry.ts';
import { LANGS } from '../i18n/locales.ts';
import { dataVersion } from '../model/load-data-version.ts';
import { getModel } from '../model/load-model.ts';
import { embedInfo } from '../reuse/embed-info.ts';
import { HEIGHT_MESSAGE } from '../reuse/protocol.ts';
import {
  absolute,
  HOST_SCRIPT,
  PACKAGE_DIR,
  rootPath,
  VILLAGES_CSV,
  VILLAGES_GEOJSON,
} from '../reuse/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const model = getModel();
  const at = (path: string) => absolute(rootPath(path), site);
  const body = {
    dataVersion: dataVersion().commit,
    script: at(HOST_SCRIPT),
    message: HEIGHT_MESSAGE,
    charts: EMBEDDABLES.map((e) => ({
      id: e.chart.id,
      languages: Object.fromEntries(
        LANGS.map((lang) => {
          const info = embedInfo(model, lang, e, site);
          return [
            lang,
            {
              title: info.facts.title,
              embed: info.urls.page,
              oembed: info.urls.oembed,
              defaultHeight: info.defaultHeight,
              png: { url: info.urls.png, width: info.png.width, height: info.png.height },
              svg: { url: info.urls.svg, width: info.image.width, height: info.image.height },
              csv: info.urls.csv,
              xlsx: info.urls.xlsx,
            },
          ];
        }),
      ),
    })),
    data: {
      datapackage: at(`${PACKAGE_DIR}datapackage.json`),
      villagesCsv: at(VILLAGES_CSV),
      villagesGeojson: at(VILLAGES_GEOJSON),
    },
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
