/**
 * Reads and validates everything in `data/`. The build, `npm run validate` and the tests all go
 * through here, so the site can only ever be built from data that passed every check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOutlineRegions, crossCheck, type Tables } from './checks.ts';
import { parseCsv } from './csv.ts';
import { decodeUtf8 } from './decode.ts';
import { type PlaceFeature, type RegionFeature, readPlaceFeatures, readRegionFeatures } from './geojson.ts';
import { type Issue, sortIssues } from './issues.ts';
import { GEO_FILES, TABLES, type TableName } from './schema.ts';
import { type DataRow, validateTable } from './validate-table.ts';

export interface Dataset {
  readonly tables: Tables;
  readonly outlines: readonly RegionFeature[];
  readonly places: readonly PlaceFeature[];
}

export interface LoadResult {
  /** Null when any error was found: half a dataset is never returned. */
  readonly dataset: Dataset | null;
  readonly issues: readonly Issue[];
}

function readText(dir: string, path: string, issues: Issue[]): string | null {
  const file = `data/${path}`;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(dir, path));
  } catch {
    issues.push({
      severity: 'error',
      code: 'file-missing',
      file,
      message: 'this file is missing; the site needs it.',
    });
    return null;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    issues.push({ severity: 'error', code: 'not-utf8', file, line: decoded.line, message: decoded.message });
    return null;
  }
  return decoded.text;
}

export function loadDataset(dir: string): LoadResult {
  const issues: Issue[] = [];
  const tables = {} as Record<TableName, DataRow[]>;
  const knownIds = new Map<TableName, Set<string>>();
  let reportedVillages: Set<string> | null = null;
  for (const spec of TABLES) {
    const file = `data/${spec.path}`;
    const text = readText(dir, spec.path, issues);
    const raw = text === null ? null : parseCsv(file, text, issues);
    tables[spec.name] = raw ? validateTable(spec, file, raw, issues) : [];
    const written = (column: string) => {
      const index = raw ? raw.header.indexOf(column) : -1;
      if (!raw || index < 0) return null;
      return new Set([...raw.rows, ...raw.rejected].map((r) => (r.cells[index] ?? '').trim()));
    };
    const ids = written('id');
    if (ids) knownIds.set(spec.name, ids);
    if (spec.name === 'village-statuses') reportedVillages = written('village_id');
  }
  const outlineText = readText(dir, GEO_FILES.regions, issues);
  const outlines =
    outlineText === null ? [] : readRegionFeatures(`data/${GEO_FILES.regions}`, outlineText, issues);
  const placesText = readText(dir, GEO_FILES.places, issues);
  const places = placesText === null ? [] : readPlaceFeatures(`data/${GEO_FILES.places}`, placesText, issues);

  crossCheck(tables, knownIds, outlines, reportedVillages, issues);
  checkOutlineRegions(knownIds, outlines, `data/${GEO_FILES.regions}`, issues);

  const sorted = sortIssues(issues);
  const failed = sorted.some((i) => i.severity === 'error');
  return { dataset: failed ? null : { tables, outlines, places }, issues: sorted };
}
