import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { TABLES, VILLAGE_STATUS_KINDS, VILLAGE_STATUSES } from '../../src/data/schema.ts';
import { loadMutated, VALID_FIXTURE } from '../helpers/fixture.ts';

describe('the contract types each row from its table definition', () => {
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
