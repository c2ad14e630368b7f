/**
 * The model for pages, loaded once per build: the edge where the environment (DATA_DIR, DATA_REGION)
 * and the file system enter; everything downstream takes the model as an argument. `npm run build`
 * validates first and stops with a readable report, so the error thrown here is only a safety net
 * for `astro dev`.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { buildModel } from './build-model.ts';
import type { Model } from './types.ts';

let cached: Model | null = null;

export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}

export function getModel(): Model {
  if (cached) return cached;
  const { dataset, issues } = loadDataset(dataDir());
  if (!dataset) {
    const errors = issues.filter((i) => i.severity === 'error').map(formatIssue);
    throw new Error(
      `The data in data/ has ${errors.length} error(s); run npm run validate.\n${errors.join('\n')}`,
    );
  }
  const region = process.env.DATA_REGION;
  cached = region ? { ...buildModel(dataset), siteRegionId: region } : buildModel(dataset);
  return cached;
}
