/** `/data/villages.geojson`: the villages of the site's region; properties in src/map/geojson.ts. */

import { villagesCollection } from '../../map/geojson.ts';
import { getModel } from '../../model/load-model.ts';
import { siteRegion } from '../../model/queries.ts';

export function GET(): Response {
  const model = getModel();
  return new Response(JSON.stringify(villagesCollection(model, siteRegion(model))), {
    headers: { 'content-type': 'application/geo+json; charset=utf-8' },
  });
}
