/**
 * `/data/package/`: the published data package, the files of data/ as they are versioned, and a
 * `datapackage.json` generated from the contract that also names the data version (its git commit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { datapackageDescriptor } from '../../../data/datapackage.ts';
import { dataVersion } from '../../../model/load-data-version.ts';
import { dataDir } from '../../../model/load-model.ts';
import { DESCRIPTOR, PACKAGE_FILES } from '../../../reuse/data-files.ts';

const TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function getStaticPaths() {
  // Tables are guaranteed by validation; documentation files may be absent from another data folder.
  return PACKAGE_FILES.filter((file) => file === DESCRIPTOR || existsSync(join(dataDir(), file))).map(
    (file) => ({
      params: { file },
    }),
  );
}

export const GET: APIRoute = ({ params }) => {
  const file = params.file ?? '';
  const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  if (file === DESCRIPTOR) {
    const { commit } = dataVersion();
    const descriptor = { ...datapackageDescriptor(), ...(commit ? { version: commit } : {}) };
    return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'content-type': type } });
  }
  return new Response(readFileSync(join(dataDir(), file)), { headers: { 'content-type': type } });
};
