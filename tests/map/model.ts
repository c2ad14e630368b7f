/** Models the map tests share: the real data in data/ and the synthetic valid fixture. */
import { loadDataset } from '../../src/data/load.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Model } from '../../src/model/types.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

export function modelOf(dir: string): Model {
  const { dataset } = loadDataset(dir);
  if (!dataset) throw new Error(`${dir} does not load`);
  return buildModel(dataset);
}

export const fixtureModel = (): Model => modelOf(VALID_FIXTURE);
export const realModel = (): Model => modelOf('data');
