import { describe, expect, test } from 'vitest';
import type { Position } from '../../src/geo/geometry.ts';
import { BASEMAP_MARGIN, basemapCollection, regionBox, villagesCollection } from '../../src/map/geojson.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { mapFixtureModel } from './model.ts';

const model = mapFixtureModel();
const region = siteRegion(model, undefined);

describe('villagesCollection(model, region) (/data/villages.geojson)', () => {
  const collection = villagesCollection(model, region);

  test('has one feature per village: a Point at [longitude, latitude], or no geometry for a place without coordinates', () => {
    expect(collection.features.map((f) => f.id).sort()).toEqual(model.villages.map((v) => v.id).sort());
    for (const f of collection.features) {
      const village = model.villages.find((v) => v.id === f.id);
      const position = village?.position ?? null;
      expect(f.geometry?.coordinates ?? null).toEqual(position === null ? null : [position[0], position[1]]);
    }
  });

  test('carries exactly the documented properties', () => {
    for (const f of collection.features)
      expect(Object.keys(f.properties).sort()).toEqual(
        [
          'id',
          'name_kk',
          'name_ru',
          'name_en',
          'name_en_romanized',
          'district_id',
          'district_kk',
          'district_ru',
          'district_en',
          'status',
          'status_date',
          'status_dated',
          'status_date_bound',
          'status_date_label',
          'status_kind',
          'source_id',
          'source_title',
          'source_url',
          'coordinate_source_id',
          'coordinate_note',
          'coordinate_url',
          'history',
        ].sort(),
      );
  });

  test('keeps dates as precise as the source', () => {
    expect(collection.features.find((f) => f.id === 'beta')?.properties.status_date).toBe('2021-08-11');
    expect(collection.features.find((f) => f.id === 'alpha')?.properties.status_date).toBe('2023/2024-09');
  });

  test('gives the latest status and its kind, and every report oldest first', () => {
    const gamma = collection.features.find((f) => f.id === 'gamma')?.properties;
    expect(gamma?.status).toBe('offices-connected-fibre');
    expect(gamma?.status_date).toBe('2020-12');
    expect(gamma?.status_kind).toBe('connected');
    expect(gamma?.history).toEqual([
      {
        id: 'gamma-2019',
        status: 'no-internet',
        date: '2019',
        date_bound: null,
        date_label: '2019',
        source_id: 'report',
        name_in_source: null,
        note: null,
        note_kk: null,
        note_ru: null,
      },
      {
        id: 'gamma-2020-12',
        status: 'offices-connected-fibre',
        date: '2020-12',
        date_bound: null,
        date_label: '2020-12',
        source_id: 'report',
        name_in_source: 'Garysh-Ulken',
        note: 'The source also names Garysh-Kishi; it could not be located.',
        note_kk: 'Дереккөз Ғарыш-Кішіні де атайды; оны табу мүмкін болмады.',
        note_ru: null,
      },
    ]);
    expect(collection.features.find((f) => f.id === 'alpha')?.properties.status_kind).toBe('gap');
  });
});

describe('basemapCollection(model, region) (/map/basemap.geojson)', () => {
  const collection = basemapCollection(model, region);
  const box = regionBox(model, region, BASEMAP_MARGIN);
  const positions = (g: { type: string; coordinates: unknown }): Position[] =>
    (g.type === 'Point'
      ? [g.coordinates]
      : (g.coordinates as unknown[]).flat(g.type === 'Polygon' ? 1 : 2)) as Position[];

  test('holds the region, its neighbours and the towns', () => {
    const kinds = collection.features.map((f) => f.properties.kind);
    expect(kinds.filter((k) => k === 'region')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'town')).toHaveLength(model.places.length);
    expect(kinds.filter((k) => k === 'neighbour').length).toBeGreaterThan(0);
  });

  test('cuts neighbours to the area a reader can reach, and rounds to 3 decimals', () => {
    for (const f of collection.features.filter((x) => x.properties.kind === 'neighbour'))
      for (const [x, y] of positions(f.geometry)) {
        expect(x).toBeGreaterThanOrEqual(box.west - 0.001);
        expect(x).toBeLessThanOrEqual(box.east + 0.001);
        expect(y).toBeGreaterThanOrEqual(box.south - 0.001);
        expect(y).toBeLessThanOrEqual(box.north + 0.001);
        expect(Math.round(x * 1000) / 1000).toBe(x);
      }
  });

  test('carries each town’s Cyrillic names, null where the gazetteer leaves them unclear', () => {
    const town = (id: string) =>
      collection.features.find((f) => 'id' in f.properties && f.properties.id === id)?.properties;
    expect(town('geonames-2')).toMatchObject({
      name_en: 'Bigtown',
      name_kk: 'Үлкенқала',
      name_ru: 'Большой',
    });
    expect(town('geonames-3')).toMatchObject({ name_en: 'Latinonly', name_kk: null, name_ru: null });
  });
});
