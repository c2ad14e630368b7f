/**
 * Validates the GeoJSON files by hand rather than trusting them: a broken outline would
 * silently move every village "outside" the region, so each problem is located by feature index.
 */
import type { AreaGeometry, Position } from '../geo/geometry.ts';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';

export interface RegionFeature {
  readonly index: number;
  readonly regionId: string | null;
  readonly iso: string;
  readonly nameEn: string;
  readonly nameRu: string | null;
  readonly geometry: AreaGeometry;
}

export interface PlaceFeature {
  readonly index: number;
  readonly id: string;
  readonly nameEn: string;
  /** GeoNames gives no language tags: null when its Cyrillic names leave the form unclear. */
  readonly nameKk: string | null;
  readonly nameRu: string | null;
  readonly featureCode: string;
  readonly population: number | null;
  readonly position: Position;
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: Json): v is Position {
  return (
    Array.isArray(v) &&
    v.length >= 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Math.abs(v[0]) <= 180 &&
    Math.abs(v[1]) <= 90
  );
}

function isRing(v: Json): boolean {
  if (!Array.isArray(v) || v.length < 4 || !v.every(isPosition)) return false;
  const first = v[0] as Position;
  const last = v[v.length - 1] as Position;
  return first[0] === last[0] && first[1] === last[1];
}

const isPolygon = (v: Json) => Array.isArray(v) && v.length > 0 && v.every(isRing);

class FeatureReader {
  readonly file: string;
  readonly issues: Issue[];
  constructor(file: string, issues: Issue[]) {
    this.file = file;
    this.issues = issues;
  }
  error(path: string, message: string, value?: string): void {
    this.issues.push({
      severity: 'error',
      code: 'invalid-geojson',
      file: this.file,
      field: path,
      message,
      ...(value === undefined ? {} : { value }),
    });
  }
}

function parseCollection(
  file: string,
  text: string,
  issues: Issue[],
): { reader: FeatureReader; features: Json[] } | null {
  const reader = new FeatureReader(file, issues);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    issues.push({
      severity: 'error',
      code: 'invalid-json',
      file,
      message: `the file is not valid JSON (${(e as Error).message}).`,
    });
    return null;
  }
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    reader.error('type', 'expected a GeoJSON FeatureCollection with a "features" list.');
    return null;
  }
  return { reader, features: json.features };
}

function stringProp(
  reader: FeatureReader,
  props: Record<string, Json>,
  at: string,
  name: string,
  required: boolean,
): string | null {
  const v = props[name];
  if (typeof v === 'string' && v !== '') return v;
  if (!required && (v === null || v === undefined)) return null;
  reader.error(
    `${at}.properties.${name}`,
    `expected text${required ? '' : ' or null'}, found ${quote(JSON.stringify(v) ?? 'nothing')}.`,
  );
  return null;
}

type FeatureJson = { properties: Record<string, Json>; geometry: Record<string, Json> };

/**
 * Every feature of a FeatureCollection that has the Feature shape, passed to `read` with its index
 * and path; a feature without that shape, or one `read` rejects (null), is reported, never kept.
 */
function readFeatures<T>(
  file: string,
  text: string,
  issues: Issue[],
  read: (reader: FeatureReader, f: FeatureJson, index: number, at: string) => T | null,
): T[] {
  const parsed = parseCollection(file, text, issues);
  if (!parsed) return [];
  const { reader, features } = parsed;
  const out: T[] = [];
  features.forEach((f, index) => {
    const at = `features[${index}]`;
    if (!isRecord(f) || f.type !== 'Feature' || !isRecord(f.properties) || !isRecord(f.geometry)) {
      reader.error(at, 'expected a Feature with "properties" and a "geometry".');
      return;
    }
    const item = read(reader, { properties: f.properties, geometry: f.geometry }, index, at);
    if (item !== null) out.push(item);
  });
  return out;
}

export function readRegionFeatures(file: string, text: string, issues: Issue[]): RegionFeature[] {
  return readFeatures(file, text, issues, (reader, f, index, at) => {
    const g = f.geometry;
    const valid =
      (g.type === 'Polygon' && isPolygon(g.coordinates)) ||
      (g.type === 'MultiPolygon' &&
        Array.isArray(g.coordinates) &&
        g.coordinates.length > 0 &&
        g.coordinates.every(isPolygon));
    if (!valid) {
      reader.error(
        `${at}.geometry`,
        'expected a Polygon or MultiPolygon of closed rings of [longitude, latitude] positions.',
      );
      return null;
    }
    const regionId = stringProp(reader, f.properties, at, 'region_id', false);
    const iso = stringProp(reader, f.properties, at, 'iso_3166_2', true);
    const nameEn = stringProp(reader, f.properties, at, 'name_en', true);
    const nameRu = stringProp(reader, f.properties, at, 'name_ru', false);
    if (iso === null || nameEn === null) return null;
    return { index, regionId, iso, nameEn, nameRu, geometry: g as unknown as AreaGeometry };
  });
}

export function readPlaceFeatures(file: string, text: string, issues: Issue[]): PlaceFeature[] {
  return readFeatures(file, text, issues, (reader, f, index, at) => {
    if (f.geometry.type !== 'Point' || !isPosition(f.geometry.coordinates)) {
      reader.error(`${at}.geometry`, 'expected a Point with [longitude, latitude] coordinates.');
      return null;
    }
    const id = stringProp(reader, f.properties, at, 'id', true);
    const nameEn = stringProp(reader, f.properties, at, 'name_en', true);
    const nameKk = stringProp(reader, f.properties, at, 'name_kk', false);
    const nameRu = stringProp(reader, f.properties, at, 'name_ru', false);
    const featureCode = stringProp(reader, f.properties, at, 'feature_code', true);
    const population = f.properties.population;
    if (id === null || nameEn === null || featureCode === null) return null;
    const [lon, lat] = f.geometry.coordinates;
    return {
      index,
      id,
      nameEn,
      nameKk,
      nameRu,
      featureCode,
      population: typeof population === 'number' ? population : null,
      position: [lon, lat] as const,
    };
  });
}
