/**
 * The model for pages: the edge where the environment (DATA_DIR, DATA_REGION) and the file system
 * enter; everything downstream takes the model as an argument. `npm run build` validates first and
 * stops with a readable report; under `npm run dev` the server keeps running, and a page rendered
 * from invalid data throws the same plain report, which Astro shows in its error overlay.
 *
 * The model is rebuilt whenever a file in data/ changes (size or modification time), so an edit shows
 * up on the next request of a running dev server, without a restart. The check is a few `stat` calls:
 * a build, where nothing changes, keeps using the first model.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { buildModel } from './build-model.ts';
import { dataDir } from './load-data-dir.ts';
import { dataVersion } from './load-data-version.ts';
import type { Model } from './types.ts';

export { dataDir } from './load-data-dir.ts';

/** Invalid data, reported in the validator's own words (one line per problem, no stack of ours). */
class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
    // The problem is in the data, not in our code: a stack trace would only hide the report.
    this.stack = `${this.name}: ${message}`;
  }
}

let cached: { readonly signature: string; readonly result: Model | DataError } | null = null;

/** Every file's path, size and modification time: changes when any data file does. */
function signature(dir: string): string {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const stat = statSync(join(dir, name));
        return stat.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
      })
      .join('|');
  } catch {
    return 'unreadable';
  }
}

function load(dir: string): Model | DataError {
  const { dataset, issues } = loadDataset(dir);
  if (!dataset) {
    const errors = issues.filter((i) => i.severity === 'error').map(formatIssue);
    return new DataError(
      `The data in data/ has ${errors.length} error(s); fix each line, then save (npm run validate checks them all).\n${errors.join('\n')}`,
    );
  }
  const region = process.env.DATA_REGION;
  return { ...buildModel(dataset), dataVersion: dataVersion(), ...(region ? { siteRegionId: region } : {}) };
}

export function getModel(): Model {
  const dir = dataDir();
  const current = signature(dir);
  if (cached?.signature !== current) cached = { signature: current, result: load(dir) };
  if (cached.result instanceof DataError) throw cached.result;
  return cached.result;
}
