/**
 * The committed data: valid, complete, and carrying every figure of the 2018 article with its source.
 * The expected figures are the article's (see data/README.md), so a careless edit that loses one fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chartById, chartViews } from '../../src/charts/registry.ts';
import { columnReference, datapackageDescriptor } from '../../src/data/datapackage.ts';
import { loadDataset } from '../../src/data/load.ts';
import { NOT_REPORTED, TABLES } from '../../src/data/schema.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { FRONT_SOURCES, frontFindings } from '../../src/model/front-findings.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const { dataset, issues } = loadDataset(DATA);
const model = dataset ? buildModel(dataset) : null;

describe('data/', () => {
  test('validates without errors', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('every table has rows, so a file emptied by mistake fails', () => {
    for (const spec of TABLES) expect(dataset?.tables[spec.name].length, spec.path).toBeGreaterThan(0);
  });

  test.each([
    ['public-service-kinds', 190],
    ['villages-without-internet', 26],
    ['digital-literacy-article', 61],
  ])('the 2018 article figure %s = %i is there with its source', (indicatorId, value) => {
    const row = model?.indicatorValues.find((v) => v.indicatorId === indicatorId && v.value === value);
    expect(row?.sourceId).toBe('akimat-meeting-2018');
    expect(typeof row?.date === 'object' && row.date.text).toBe('2018');
  });

  test('department figures of 2018: education 5 offline, employment 11 and agriculture 17 online', () => {
    const byDept = (id: string) =>
      model?.digitization.find((d) => d.departmentId === id && d.date.text === '2018');
    expect(byDept('education')).toMatchObject({ notDigital: 5, digital: NOT_REPORTED, total: NOT_REPORTED });
    expect(byDept('employment-social')).toMatchObject({ digital: 11, total: NOT_REPORTED });
    expect(byDept('agriculture')).toMatchObject({ digital: 17, total: NOT_REPORTED });
    for (const lagging of ['health', 'tourism', 'land-relations', 'natural-resources']) {
      expect(byDept(lagging)).toMatchObject({
        status: 'lagging',
        total: NOT_REPORTED,
        digital: NOT_REPORTED,
      });
    }
  });

  test('the four named education services are not digital in 2018', () => {
    const names = model?.services.filter((s) => s.departmentId === 'education').map((s) => s.status);
    expect(names).toEqual(['not-digital', 'not-digital', 'not-digital', 'not-digital']);
  });

  test('every village has a status source and a coordinate source', () => {
    expect(model?.villages.length).toBe(8);
    for (const v of model?.villages ?? []) {
      for (const r of v.history) expect(model?.sources.some((s) => s.id === r.sourceId)).toBe(true);
      expect(v.coordinateSourceId).toBe('openstreetmap');
    }
  });

  test('datapackage.json is the one generated from the schema (run npm run datapackage)', () => {
    const committed = JSON.parse(readFileSync(resolve(DATA, 'datapackage.json'), 'utf8'));
    expect(committed).toEqual(datapackageDescriptor());
  });

  test('data/README.md carries the current column reference (run npm run datapackage)', () => {
    expect(readFileSync(resolve(DATA, 'README.md'), 'utf8')).toContain(columnReference());
  });

  test('datapackage.json describes every data file', () => {
    const paths = (datapackageDescriptor().resources as { path: string }[]).map((r) => r.path).sort();
    expect(paths).toEqual([...TABLES.map((t) => t.path), 'geo/places.geojson', 'geo/regions.geojson'].sort());
  });
});

/**
 * Guards on today's published figures as the charts show them. These are the only chart
 * assertions on real data; every other chart test runs on fixtures (tests/charts/chart-fixture.ts).
 * When a data pull request changes these figures on purpose, update them here.
 */
describe('the published figures in the charts', () => {
  const published = model as NonNullable<typeof model>;

  test('the timeline notes the two settlement totals (371 / 367) and the overlapping categories (381)', () => {
    const notes = chartById('connectivity-timeline').notes(published, 'en').join(' ');
    expect(notes).toContain('371 / 367');
    expect(notes).toContain('381');
  });

  test('the literacy chart carries the article figure and the national series', () => {
    const rows = chartById('digital-literacy')
      .table(published, 'en')
      .rows.map((r) => r.value);
    expect(rows).toEqual(expect.arrayContaining([61, 77.3, 79.6, 90.2]));
  });

  test('the departments chart shows 2018: education 5 on paper, 11 and 17 online, four lagging, no totals', () => {
    const chart = chartById('departments');
    const rows = chart.table(published, 'en').rows;
    expect(rows.filter((r) => r.date === '2018').map((r) => [r.digital, r.notDigital])).toEqual(
      expect.arrayContaining([
        [null, 5],
        [11, null],
        [17, null],
      ]),
    );
    expect(rows.filter((r) => r.status === 'Said to be lagging; no figures given')).toHaveLength(4);
    expect(chartViews('departments', published)).toEqual([]);
  });
});

describe('the story’s first screen on today’s data', () => {
  test('opens with 26 villages (2018), 11 settlements without mobile internet of which 7 named, 4 unnamed', () => {
    if (!model) throw new Error('data/ is invalid');
    const region = model.regions.find((r) => r.id === 'zhambyl');
    if (!region) throw new Error('no zhambyl region');
    const f = frontFindings(model, region);
    expect(f.first?.value).toMatchObject({ value: 26, sourceId: 'akimat-meeting-2018' });
    expect(f.latest?.value).toMatchObject({ value: 11, sourceId: 'mayak1932-11412' });
    expect(f.latest?.named).toBe(7);
    expect(f.unknown?.unnamed).toBe(4);
    for (const id of Object.values(FRONT_SOURCES)) expect(model.sources.map((s) => s.id)).toContain(id);
  });
});
