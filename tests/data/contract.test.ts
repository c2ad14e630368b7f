import { describe, expect, expectTypeOf, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import type { PartialDate } from '../../src/data/partial-date.ts';
import {
  type NotReported,
  type Row,
  TABLES,
  VILLAGE_STATUS_KINDS,
  VILLAGE_STATUSES,
} from '../../src/data/schema.ts';
import { loadMutated, VALID_FIXTURE } from '../helpers/fixture.ts';

describe('the contract types each row from its table definition', () => {
  test('a row has one property per column, typed by kind and options (checked by tsc)', () => {
    expectTypeOf<Row<'villages'>['lat']>().toEqualTypeOf<number | null>();
    expectTypeOf<Row<'villages'>['name_en_romanized']>().toEqualTypeOf<boolean>();
    expectTypeOf<Row<'villages'>['coordinate_url']>().toEqualTypeOf<string | null>();
    expectTypeOf<Row<'digitization'>['services_total']>().toEqualTypeOf<number | NotReported>();
    expectTypeOf<Row<'digitization'>['status']>().toEqualTypeOf<
      'counts-reported' | 'lagging' | 'no-figures'
    >();
    expectTypeOf<Row<'sources'>['published']>().toEqualTypeOf<PartialDate | NotReported>();
    expectTypeOf<Row<'regions'>['parent_id']>().toEqualTypeOf<string | null>();
    expectTypeOf<Row<'village-statuses'>['status']>().toEqualTypeOf<(typeof VILLAGE_STATUSES)[number]>();
    expectTypeOf<Row<'villages'>>().toHaveProperty('lat');
    // @ts-expect-error a misspelt column is a compile error, not undefined at run time
    expectTypeOf<Row<'villages'>>().toHaveProperty('latt');
    expectTypeOf<keyof Row<'village-statuses'>>().toEqualTypeOf<
      | 'id'
      | 'village_id'
      | 'status'
      | 'date'
      | 'date_bound'
      | 'source_id'
      | 'name_in_source'
      | 'note'
      | 'note_kk'
      | 'note_ru'
    >();
    expectTypeOf<Row<'village-statuses'>['name_in_source']>().toEqualTypeOf<string | null>();
    expectTypeOf<Row<'village-statuses'>['note_kk']>().toEqualTypeOf<string | null>();
  });

  test('validated rows carry exactly the columns of their table, whatever the file order', () => {
    const { dataset } = loadDataset(VALID_FIXTURE);
    for (const spec of TABLES)
      for (const row of dataset?.tables[spec.name] ?? [])
        expect(Object.keys(row.values).sort()).toEqual(spec.fields.map((f) => f.name).sort());
    const reordered = loadMutated({
      'districts.csv': (t) =>
        t
          .split('\n')
          .map((line) => (line === '' ? line : line.split(',').reverse().join(',')))
          .join('\n'),
    });
    expect(reordered.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(reordered.dataset?.tables.districts.map((r) => r.values.region_id)).toEqual(
      dataset?.tables.districts.map((r) => r.values.region_id),
    );
  });

  test('every village status is marked a gap or a connection', () => {
    expect(Object.keys(VILLAGE_STATUS_KINDS).sort()).toEqual([...VILLAGE_STATUSES].sort());
    expect(VILLAGE_STATUS_KINDS['offices-connected-fibre']).toBe('connected');
    expect(VILLAGE_STATUS_KINDS['awaiting-connection']).toBe('gap');
  });
});
