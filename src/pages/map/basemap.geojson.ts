/** `/map/basemap.geojson`: what the interactive map draws under the villages (src/map/geojson.ts). */

import { basemapCollection } from '../../map/geojson.ts';
import { getModel } from '../../model/load-model.ts';
import { siteRegion } from '../../model/queries.ts';

export function GET(): Response {
  const model = getModel();
  return new Response(JSON.stringify(basemapCollection(model, siteRegion(model))), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
}
