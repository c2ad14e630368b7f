/**
 * Models the map tests share, all synthetic: the valid fixture, and the same with villages that
 * exercise what the map must handle (a history of reports, every kind of connection, a name cut off in
 * its source, a town with and without Cyrillic names). Real data is checked in tests/data/real-data.test.ts.
 */
import { loadDataset } from '../../src/data/load.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Model } from '../../src/model/types.ts';
import { loadMutated, VALID_FIXTURE } from '../helpers/fixture.ts';

function modelOf(dir: string): Model {
  const { dataset } = loadDataset(dir);
  if (!dataset) throw new Error(`${dir} does not load`);
  return buildModel(dataset);
}

export const fixtureModel = (): Model => modelOf(VALID_FIXTURE);

const EXTRA_VILLAGES = [
  'gamma,testland,north,Ғарыш,Гарыш,Garysh,true,44.1,72.9,map,Synthetic point,https://www.openstreetmap.org/node/42,',
  'delta,testland,north,Ақсу,Аксу,Aksu,true,43.6,71.2,map,Synthetic point,,',
  'epsilon,testland,south,Үшбас,Ушбас,Ushbas,true,43.4,73.6,map,Synthetic point,,',
];
/** gamma went from no internet to state offices on fibre; delta and epsilon were reported connected. */
const EXTRA_REPORTS = [
  'gamma-2020-12,gamma,offices-connected-fibre,2020-12,,report,Garysh-Ulken,The source also names Garysh-Kishi; it could not be located.,Дереккөз Ғарыш-Кішіні де атайды; оны табу мүмкін болмады.,',
  'gamma-2019,gamma,no-internet,2019,,report,,,,',
  'delta-2024,delta,connected-fibre,2024,,report,,,,',
  'epsilon-2024-05,epsilon,connected-mobile-4g,2024-05,,report,,,,',
];
const EXTRA_TOWNS = [
  '{"type":"Feature","properties":{"id":"geonames-2","geonames_id":2,"name_en":"Bigtown","name_kk":"Үлкенқала","name_ru":"Большой","feature_code":"PPL","population":900},"geometry":{"type":"Point","coordinates":[71,43.5]}}',
  '{"type":"Feature","properties":{"id":"geonames-3","geonames_id":3,"name_en":"Latinonly","name_kk":null,"name_ru":null,"feature_code":"PPL","population":800},"geometry":{"type":"Point","coordinates":[73,44.5]}}',
];

/** The valid fixture plus the villages and towns above (five statuses on the map, six in history). */
export function mapFixtureModel(): Model {
  const { dataset, issues } = loadMutated({
    'villages.csv': (t) => `${t}${EXTRA_VILLAGES.join('\n')}\n`,
    'village-statuses.csv': (t) => `${t}${EXTRA_REPORTS.join('\n')}\n`,
    'geo/places.geojson': (t) => t.replace(/\}\n\]\}/, `},\n${EXTRA_TOWNS.join(',\n')}\n]}`),
  });
  if (!dataset) throw new Error(`map fixture does not load: ${JSON.stringify(issues)}`);
  return buildModel(dataset);
}
