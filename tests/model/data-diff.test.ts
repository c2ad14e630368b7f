import { describe, expect, test } from 'vitest';
import { cell, dataDiffMarkdown } from '../../scripts/lib/data-diff-report.ts';
import { REGISTRY as EMBEDDABLES } from '../../src/charts/registry.ts';
import { TABLES } from '../../src/data/schema.ts';
import { affectedBy, type Dependent, diffData, diffRows, type RawTables } from '../../src/model/data-diff.ts';
import { parseRawCsv, parseRawGeoJson, tableName } from '../../src/model/raw-tables.ts';
import { dataDependents, dependentPath, PAGE_TABLES } from '../../src/reuse/data-dependents.ts';

// Synthetic tables: the names, ids and figures are invented for the test.
const before: RawTables = {
  sources: [
    { id: 'src-a', title: 'Paper A', url: 'https://example.org/a' },
    { id: 'src-b', title: 'Paper B', url: '' },
  ],
  villages: [
    { id: 'v1', name_en: 'One', status: 'no-internet', source_id: 'src-a', coordinate_source_id: 'osm' },
    { id: 'v2', name_en: 'Two', status: 'no-internet', source_id: 'src-a', coordinate_source_id: 'osm' },
  ],
  values: [{ id: 'x-2018', value: '26', source_id: 'src-a' }],
};
const after: RawTables = {
  sources: before.sources ?? [],
  villages: [
    { id: 'v1', name_en: 'One', status: 'connected', source_id: 'src-b', coordinate_source_id: 'osm' },
    { id: 'v3', name_en: 'Three', status: 'no-internet', source_id: 'src-b', coordinate_source_id: 'osm' },
  ],
  values: [{ id: 'x-2018', value: '26', source_id: 'src-a' }],
  statuses: [{ id: 's1', village_id: 'v1', status: 'connected', source_id: 'src-b' }],
};

const DEPENDENTS: Dependent[] = [
  { kind: 'page', id: 'villages/', tables: ['villages'] },
  { kind: 'page', id: '', tables: ['values'] },
  { kind: 'page', id: 'data/', tables: ['*'] },
  { kind: 'chart', id: 'map', tables: ['villages', 'statuses'] },
];

describe('diffRows', () => {
  const rows = diffRows(before, after);

  test('finds each added, changed and removed row by id, in table, kind and id order', () => {
    expect(rows.map((r) => [r.table, r.kind, r.id])).toEqual([
      ['statuses', 'added', 's1'],
      ['villages', 'added', 'v3'],
      ['villages', 'changed', 'v1'],
      ['villages', 'removed', 'v2'],
    ]);
  });

  test('a changed row lists only the cells that differ, old → new', () => {
    const v1 = rows.find((r) => r.id === 'v1');
    expect(v1?.cells).toEqual([
      { column: 'status', before: 'no-internet', after: 'connected' },
      { column: 'source_id', before: 'src-a', after: 'src-b' },
    ]);
  });

  test('rows cite every source they name, before and after, from any *source_id column', () => {
    expect(rows.find((r) => r.id === 'v1')?.sources).toEqual(['osm', 'src-a', 'src-b']);
    expect(rows.find((r) => r.id === 'v2')?.sources).toEqual(['osm', 'src-a']);
  });

  test('added and removed rows carry their filled cells on the right side', () => {
    const added = rows.find((r) => r.id === 'v3');
    expect(added?.cells).toContainEqual({ column: 'name_en', before: null, after: 'Three' });
    const removed = rows.find((r) => r.id === 'v2');
    expect(removed?.cells).toContainEqual({ column: 'name_en', before: 'Two', after: null });
    expect(removed?.cells.some((c) => c.column === 'id')).toBe(false);
  });

  test('identical data has no changes, and a row that only moved is not a change', () => {
    expect(diffRows(before, before)).toEqual([]);
    const moved = { ...before, villages: [...(before.villages ?? [])].reverse() };
    expect(diffRows(before, moved)).toEqual([]);
  });

  test('a new empty column is no change; a new filled column is', () => {
    const withEmpty = { villages: (before.villages ?? []).map((r) => ({ ...r, note: '' })) };
    expect(diffRows({ villages: before.villages ?? [] }, withEmpty)).toEqual([]);
    const withNote = { villages: (before.villages ?? []).map((r) => ({ ...r, note: 'n' })) };
    expect(diffRows({ villages: before.villages ?? [] }, withNote)[0]?.cells).toEqual([
      { column: 'note', before: null, after: 'n' },
    ]);
  });

  test('rows without an id compare by content: an edit is one removed and one added', () => {
    const changes = diffRows({ t: [{ a: '1' }, { a: '2' }] }, { t: [{ a: '1' }, { a: '3' }] });
    expect(changes.map((c) => c.kind)).toEqual(['added', 'removed']);
  });
});

describe('diffData', () => {
  const diff = diffData(before, after, DEPENDENTS);

  test('summarises each changed table and marks a new file', () => {
    expect(diff.tables).toEqual([
      { table: 'statuses', added: 1, changed: 0, removed: 0, file: 'added' },
      { table: 'villages', added: 1, changed: 1, removed: 1, file: null },
    ]);
  });

  test('reaches the dependents that read a changed table, and those that read every table', () => {
    expect(diff.affected.map((d) => d.id)).toEqual(['villages/', 'data/', 'map']);
    expect(affectedBy(['values'], DEPENDENTS).map((d) => d.id)).toEqual(['', 'data/']);
    expect(affectedBy([], DEPENDENTS)).toEqual([]);
  });
});

describe('raw tables', () => {
  test('CSV rows keep every cell as text, quotes and BOM handled, blank lines skipped', () => {
    expect(parseRawCsv('\uFEFFid,note\na,"x, ""y"""\n\nb,not-reported\n')).toEqual([
      { id: 'a', note: 'x, "y"' },
      { id: 'b', note: 'not-reported' },
    ]);
  });

  test('GeoJSON features become rows keyed by their id', () => {
    const rows = parseRawGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { id: 'p1', population: 5 }, geometry: null }],
      }),
    );
    expect(rows).toEqual([{ id: 'p1', population: '5', geometry: 'null' }]);
  });

  test('file names map to table names; documentation is not a table', () => {
    expect(tableName('villages.csv')).toBe('villages');
    expect(tableName('data/geo/places.geojson')).toBe('geo/places');
    expect(tableName('README.md')).toBeNull();
    expect(tableName('datapackage.json')).toBeNull();
  });
});

describe('the site declares what shows each table', () => {
  test('each chart reaches exactly the tables its definition declares, with those every page shows', () => {
    for (const e of EMBEDDABLES) {
      const chart = dataDependents().find((d) => d.kind === 'chart' && d.id === e.chart.id);
      expect(chart?.tables, e.chart.id).toEqual(['regions', 'sources', ...e.chart.tables]);
    }
  });

  test('every table of the contract is shown somewhere besides the data page', () => {
    const read = new Set(
      dataDependents()
        .filter((d) => d.id !== 'data/')
        .flatMap((d) => d.tables),
    );
    for (const table of TABLES) expect(read.has(table.name), `${table.path} is shown nowhere`).toBe(true);
  });

  test('dependents have their site paths', () => {
    const paths = dataDependents().map(dependentPath);
    expect(paths).toEqual(expect.arrayContaining(Object.keys(PAGE_TABLES)));
    for (const e of EMBEDDABLES) expect(paths).toContain(`embed/${e.chart.id}/`);
  });
});

describe('the Markdown report', () => {
  const diff = diffData(before, after, DEPENDENTS);
  const md = dataDiffMarkdown({
    base: 'origin/main',
    diff,
    before,
    after,
    pathOf: (d) => (d.kind === 'chart' ? 'villages/' : d.id),
    drawnCharts: ['map'],
  });

  test('lists every changed cell old → new with its row and sources linked', () => {
    expect(md).toContain('- `v1`: `status`: `no-internet` → `connected`; `source_id`: `src-a` → `src-b`.');
    expect(md).toContain('`src-a` ([Paper A](https://example.org/a))');
    expect(md).toContain('`src-b` (Paper B)');
    expect(md).toContain('| `data/statuses.csv` (new file) | 1 | 0 | 0 |');
    expect(md).toContain('**Removed**');
  });

  test('names the pages, charts and embeds reached and the charts redrawn', () => {
    expect(md).toContain('- Pages: `/villages/`, `/data/`');
    expect(md).toContain('- Charts: `map` (on `/villages/`)');
    expect(md).toMatch(/`map`: before and after images/);
  });

  test('says so plainly when no figure changed', () => {
    const none = dataDiffMarkdown({
      base: 'main',
      diff: diffData(before, before),
      before,
      after: before,
      pathOf: () => '',
      drawnCharts: null,
      otherFiles: ['data/README.md'],
    });
    expect(none).toContain('No figure changes');
    expect(none).toContain('`data/README.md`');
  });

  test('long or awkward cells cannot break the Markdown', () => {
    expect(cell('a`b\nc')).toBe("`a'b c`");
    expect(cell('x'.repeat(500))).toMatch(/… \(500 characters\)`$/);
    expect(cell(null)).toBe('_(none)_');
    expect(cell('')).toBe('_(empty)_');
  });
});
