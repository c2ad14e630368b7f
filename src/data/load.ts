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
import {
  type AnyTable,
  DEPARTMENTS_TABLE,
  DIGITIZATION_TABLE,
  DISTRICTS_TABLE,
  GEO_FILES,
  INDICATOR_VALUES_TABLE,
  INDICATORS_TABLE,
  REGIONS_TABLE,
  type RowOf,
  SERVICES_TABLE,
  SOURCE_QUOTES_TABLE,
  SOURCES_TABLE,
  type TableName,
  VILLAGE_STATUSES_TABLE,
  VILLAGES_TABLE,
} from './schema.ts';
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

export interface LoadOptions {
  /** Sources cited outside data/ (the copy in src/content), so they do not count as unused. */
  readonly citedElsewhere?: ReadonlySet<string>;
}

export function loadDataset(dir: string, options: LoadOptions = {}): LoadResult {
  const issues: Issue[] = [];
  const knownIds = new Map<TableName, ReadonlySet<string>>();
  const headers = new Map<TableName, readonly string[]>();
  const written = new Map<string, ReadonlySet<string>>();

  /** Reads, parses and validates one file, and notes what the cross-file rules need from it. */
  function read<T extends AnyTable>(spec: T): DataRow<RowOf<T>>[] {
    const file = `data/${spec.path}`;
    const text = readText(dir, spec.path, issues);
    const raw = text === null ? null : parseCsv(file, text, issues);
    if (!raw) return [];
    headers.set(spec.name, raw.header);
    // Cells as written, on every row, even one with other errors or the wrong number of cells.
    const column = (name: string) => {
      const index = raw.header.indexOf(name);
      return index < 0
        ? null
        : new Set([...raw.rows, ...raw.rejected].map((r) => (r.cells[index] ?? '').trim()));
    };
    const ids = column('id');
    if (ids) knownIds.set(spec.name, ids);
    if (spec.name === 'village-statuses') {
      const villages = column('village_id');
      if (villages) written.set('village_id', villages);
    }
    return validateTable(spec, file, raw, issues);
  }

  // One line per table: the object's type makes a table missing here a compile error.
  const tables: Tables = {
    sources: read(SOURCES_TABLE),
    regions: read(REGIONS_TABLE),
    districts: read(DISTRICTS_TABLE),
    departments: read(DEPARTMENTS_TABLE),
    digitization: read(DIGITIZATION_TABLE),
    services: read(SERVICES_TABLE),
    indicators: read(INDICATORS_TABLE),
    'indicator-values': read(INDICATOR_VALUES_TABLE),
    villages: read(VILLAGES_TABLE),
    'village-statuses': read(VILLAGE_STATUSES_TABLE),
    'source-quotes': read(SOURCE_QUOTES_TABLE),
  };
  const outlineText = readText(dir, GEO_FILES.regions, issues);
  const outlines =
    outlineText === null ? [] : readRegionFeatures(`data/${GEO_FILES.regions}`, outlineText, issues);
  const placesText = readText(dir, GEO_FILES.places, issues);
  const places = placesText === null ? [] : readPlaceFeatures(`data/${GEO_FILES.places}`, placesText, issues);

  crossCheck(
    {
      tables,
      knownIds,
      headers,
      reportedVillages: written.get('village_id') ?? null,
      outlines,
      citedElsewhere: options.citedElsewhere ?? new Set(),
    },
    issues,
  );
  checkOutlineRegions(knownIds, outlines, `data/${GEO_FILES.regions}`, issues);

  const sorted = sortIssues(issues);
  const failed = sorted.some((i) => i.severity === 'error');
  return { dataset: failed ? null : { tables, outlines, places }, issues: sorted };
}
