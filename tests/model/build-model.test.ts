import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { seriesOf, siteRegion } from '../../src/model/queries.ts';
import { historyText, isConnected } from '../../src/model/village-status.ts';
import { loadMutated, replace, VALID_FIXTURE } from '../helpers/fixture.ts';

function fixtureModel() {
  const { dataset } = loadDataset(VALID_FIXTURE);
  if (!dataset) throw new Error('fixture invalid');
  return { dataset, model: buildModel(dataset) };
}

describe('buildModel', () => {
  test('every validated row becomes exactly one model object', () => {
    const { dataset, model } = fixtureModel();
    expect(model.sources).toHaveLength(dataset.tables.sources.length);
    expect(model.regions).toHaveLength(dataset.tables.regions.length);
    expect(model.districts).toHaveLength(dataset.tables.districts.length);
    expect(model.departments).toHaveLength(dataset.tables.departments.length);
    expect(model.digitization).toHaveLength(dataset.tables.digitization.length);
    expect(model.services).toHaveLength(dataset.tables.services.length);
    expect(model.indicators).toHaveLength(dataset.tables.indicators.length);
    expect(model.indicatorValues).toHaveLength(dataset.tables['indicator-values'].length);
    expect(model.villages).toHaveLength(dataset.tables.villages.length);
  });

  test('a new row in a CSV appears in the model', () => {
    const { dataset } = loadMutated({
      'villages.csv': (t) => `${t}gamma,testland,north,Гамма,Гамма,Gamma,true,44.1,70.5,map,Synthetic,,\n`,
      'village-statuses.csv': (t) => `${t}gamma-2024,gamma,no-mobile-internet,2024,,report,,,,\n`,
    });
    expect(dataset && buildModel(dataset).villages.map((v) => v.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  test('not-reported counts stay not-reported, never 0', () => {
    const { model } = fixtureModel();
    const education = model.digitization.find((d) => d.departmentId === 'education');
    expect(education).toMatchObject({ total: NOT_REPORTED, digital: NOT_REPORTED, notDigital: 5 });
  });

  test('villages carry [lon, lat] positions and their names in three languages', () => {
    const { model } = fixtureModel();
    expect(model.villages[0]).toMatchObject({
      position: [71.5, 44.5],
      names: { kk: 'Альфа', ru: 'Альфа', en: 'Alpha' },
    });
  });

  test('a village keeps every dated report, oldest first, and shows the latest', () => {
    const { dataset } = loadMutated({
      'village-statuses.csv': (t) =>
        `${t}beta-2024,beta,connected-fibre,2024,,report,,,,\nbeta-2019,beta,no-internet,2019-05,,report,,,,\n`,
    });
    const beta = dataset && buildModel(dataset).villages.find((v) => v.id === 'beta');
    expect(beta?.history.map((r) => r.id)).toEqual(['beta-2019', 'beta-2021-08-11', 'beta-2024']);
    expect(beta?.latest).toMatchObject({ id: 'beta-2024', status: 'connected-fibre', sourceId: 'report' });
    expect(beta && isConnected(beta)).toBe(true);
    expect(beta && historyText(beta)).toBe(
      '2019-05: no-internet; 2021-08-11: awaiting-connection; 2024: connected-fibre',
    );
  });

  test('the region gets its outline and the others become neighbours', () => {
    const { model } = fixtureModel();
    expect(siteRegion(model).outline?.type).toBe('Polygon');
    expect(model.neighbours.map((n) => n.nameEn)).toEqual(['Neighbourland']);
  });

  test('seriesOf sorts by date and puts undated values last', () => {
    const { model } = fixtureModel();
    expect(seriesOf(model, 'villages-offline', 'testland').map((v) => v.value)).toEqual([26, 11]);
    expect(seriesOf(model, 'literacy', 'testland').map((v) => v.id)).toEqual([
      'literacy-2018',
      'literacy-undated',
    ]);
  });

  test('siteRegion picks the region-level row, or the one asked for', () => {
    const { model } = fixtureModel();
    expect(siteRegion(model).id).toBe('testland');
    expect(() => siteRegion(model, 'nowhere')).toThrow('no item with id nowhere');
  });
});

test('an invalid dataset yields no model input at all', () => {
  const { dataset } = loadMutated({ 'villages.csv': replace('44.5,71.5', 'x,71.5') });
  expect(dataset).toBeNull();
});
