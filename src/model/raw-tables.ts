/**
 * Data files as raw rows for the data diff: every cell a string, every table by its file name. This
 * deliberately skips the validator, so two versions of `data/` compare even when the contract changed
 * between them (a new table, a renamed column).
 */
import Papa from 'papaparse';
import type { RawRow } from './data-diff.ts';

/** `villages.csv` → `villages`, `geo/regions.geojson` → `geo/regions`; null for documentation. */
export function tableName(file: string): string | null {
  const m = /^(.*)\.(csv|geojson)$/.exec(file.replace(/^data\//, ''));
  return m?.[1] ?? null;
}

export function parseRawCsv(text: string): RawRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  return parsed.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim(), typeof v === 'string' ? v : ''])),
  );
}

/** GeoJSON features as rows: their `id` (or `properties.id`), properties, and the geometry as one cell. */
export function parseRawGeoJson(text: string): RawRow[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  const features = (doc as { features?: unknown[] })?.features;
  if (!Array.isArray(features)) return [];
  return features.map((f) => {
    const feature = f as { id?: unknown; properties?: Record<string, unknown>; geometry?: unknown };
    const props = Object.fromEntries(
      Object.entries(feature.properties ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    );
    const id = feature.id ?? feature.properties?.id;
    return {
      ...props,
      id: id === undefined ? '' : String(id),
      geometry: JSON.stringify(feature.geometry ?? null),
    };
  });
}

export function parseRawFile(file: string, text: string): RawRow[] {
  return file.endsWith('.geojson') ? parseRawGeoJson(text) : parseRawCsv(text);
}
