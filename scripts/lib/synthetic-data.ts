/**
 * A synthetic dataset at scale, written to a temporary folder for benchmarks: many regions,
 * departments, years and villages. Every figure in it is made up, so it is generated on the fly
 * and never committed or published.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { TABLES } from '../../src/data/schema.ts';

export interface ScaleOptions {
  readonly regions: number;
  readonly departmentsPerRegion: number;
  readonly years: number;
  readonly villages: number;
}

/** Deterministic pseudo-random numbers, so two runs benchmark the same data. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function writeSyntheticData(dir: string, o: ScaleOptions): void {
  const rand = lcg(42);
  mkdirSync(join(dir, 'geo'), { recursive: true });
  const rows: Record<string, Record<string, string | number>[]> = Object.fromEntries(
    TABLES.map((t) => [t.name, []]),
  );
  const push = (table: string, row: Record<string, string | number>) => rows[table]?.push(row);
  const names = (en: string) => ({ name_kk: `${en} kk`, name_ru: `${en} ru`, name_en: en });

  push('sources', {
    id: 'synthetic',
    title: 'Synthetic benchmark data',
    publisher: '',
    url: '',
    language: 'en',
    published: 'not-reported',
    accessed: 'not-reported',
    notes: 'Made up.',
  });
  push('regions', {
    id: 'country',
    level: 'country',
    parent_id: '',
    ...names('Country'),
    short_name_kk: 'C',
    short_name_ru: 'C',
    short_name_en: 'C',
    iso_3166_2: '',
    kato: '',
    source_id: 'synthetic',
  });
  push('indicators', {
    id: 'offline',
    unit: 'count',
    ...names('Offline villages'),
    definition_kk: 'x',
    definition_ru: 'x',
    definition_en: 'x',
  });
  const features: unknown[] = [];
  for (let r = 1; r <= o.regions; r++) {
    const region = `region-${pad(r)}`;
    // Regions tile a grid of 2° × 2° squares.
    const west = 50 + ((r - 1) % 10) * 2;
    const south = 40 + Math.floor((r - 1) / 10) * 2;
    push('regions', {
      id: region,
      level: 'region',
      parent_id: 'country',
      ...names(`Region ${r}`),
      short_name_kk: `R${r}`,
      short_name_ru: `R${r}`,
      short_name_en: `R${r}`,
      iso_3166_2: '',
      kato: '',
      source_id: 'synthetic',
    });
    features.push({
      type: 'Feature',
      properties: { region_id: region, iso_3166_2: `XX-${pad(r)}`, name_en: `Region ${r}`, name_ru: null },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [west + 2, south],
            [west + 2, south + 2],
            [west, south + 2],
            [west, south],
          ],
        ],
      },
    });
    push('districts', {
      id: `${region}-d`,
      region_id: region,
      ...names(`District ${r}`),
      kato: '',
      source_id: 'synthetic',
    });
    for (let d = 1; d <= o.departmentsPerRegion; d++) {
      const dept = `${region}-dept-${pad(d)}`;
      push('departments', {
        id: dept,
        region_id: region,
        ...names(`Department ${d}`),
        names_translated: 'true',
        kind: 'department',
        source_id: 'synthetic',
        notes: '',
      });
      for (let y = 0; y < o.years; y++) {
        const total = 10 + Math.floor(rand() * 30);
        const digital = Math.floor(rand() * total);
        const known = rand() > 0.3;
        push('digitization', {
          id: `${dept}-${2015 + y}`,
          region_id: region,
          department_id: dept,
          date: 2015 + y,
          services_total: known ? total : 'not-reported',
          services_digital: digital,
          services_not_digital: known ? total - digital : 'not-reported',
          status: 'counts-reported',
          source_id: 'synthetic',
          note: '',
        });
      }
    }
    for (let y = 0; y < o.years; y++)
      push('indicator-values', {
        id: `${region}-offline-${y}`,
        indicator_id: 'offline',
        region_id: region,
        date: 2015 + y,
        value: Math.floor(rand() * 50),
        source_id: 'synthetic',
        note: '',
      });
    if (r === 1)
      push('services', {
        id: 'svc',
        region_id: region,
        department_id: `${region}-dept-01`,
        date: 2018,
        ...names('Service'),
        names_translated: 'true',
        status: 'not-digital',
        source_id: 'synthetic',
        note: '',
      });
  }
  for (let v = 0; v < o.villages; v++) {
    const r = (v % o.regions) + 1;
    const west = 50 + ((r - 1) % 10) * 2;
    const south = 40 + Math.floor((r - 1) / 10) * 2;
    push('villages', {
      id: `village-${v}`,
      region_id: `region-${pad(r)}`,
      district_id: `region-${pad(r)}-d`,
      ...names(`Village ${v}`),
      name_en_romanized: 'true',
      lat: (south + 0.01 + rand() * 1.98).toFixed(5),
      lon: (west + 0.01 + rand() * 1.98).toFixed(5),
      coordinate_source_id: 'synthetic',
      coordinate_note: 'made up',
      coordinate_url: '',
      note: '',
    });
    push('village-statuses', {
      id: `village-${v}-2023-2024`,
      village_id: `village-${v}`,
      status: v % 3 === 0 ? 'awaiting-connection' : 'no-mobile-internet',
      date: '2023/2024-09',
      source_id: 'synthetic',
      name_in_source: '',
      note: '',
      note_kk: '',
      note_ru: '',
    });
  }
  for (const table of TABLES) {
    const columns = table.fields.map((f) => f.name);
    writeFileSync(
      join(dir, table.path),
      `${Papa.unparse({ fields: columns, data: (rows[table.name] ?? []).map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`,
    );
  }
  writeFileSync(join(dir, 'geo/regions.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(
    join(dir, 'README.md'),
    '# Synthetic benchmark data\n\nMade up, generated on the fly; never published.\n',
  );
  writeFileSync(join(dir, 'geo/places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
}
