/**
 * The contract's types, checked by the compiler: Vitest's typecheck mode runs this file through tsc
 * (`npm run test:unit` and `npm test`), so an assertion that stops holding fails the test run.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { PartialDate } from '../../src/data/partial-date.ts';
import type { NotReported, Row, VILLAGE_STATUSES } from '../../src/data/schema.ts';

describe('the contract types each row from its table definition', () => {
  test('a row has one property per column, typed by kind and options', () => {
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
});
