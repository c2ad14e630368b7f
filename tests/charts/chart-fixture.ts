/**
 * Models for chart tests. The synthetic one extends the valid fixture (made-up "Testland", a
 * department with a known total) with made-up values for the indicators the charts draw; the
 * later-years one has several years per department. Chart tests use only these, so they do not
 * change when a maintainer edits the real data (tests/data/real-data.test.ts guards that).
 */
import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/load.ts';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Indicator, IndicatorValue, Model } from '../../src/model/types.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

const names = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

function indicator(id: string, unit: 'count' | 'percent'): Indicator {
  return {
    id,
    unit,
    names: names(`Synthetic ${id}`),
    definitions: names(`Synthetic definition of ${id}.`),
    role: null,
  };
}

function value(indicatorId: string, regionId: string, date: string, v: number): IndicatorValue {
  const parsed = date === NOT_REPORTED ? NOT_REPORTED : parsePartialDate(date);
  if (parsed === null) throw new Error(`bad fixture date ${date}`);
  return {
    id: `${indicatorId}-${date}`,
    indicatorId,
    regionId,
    date: parsed,
    value: v,
    sourceId: 'report',
    note: null,
  };
}

const INDICATORS: readonly [string, 'count' | 'percent'][] = [
  ['public-service-kinds', 'count'],
  ['villages-without-internet', 'count'],
  ['settlements-no-mobile-internet', 'count'],
  ['settlements-fibre', 'count'],
  ['settlements-total', 'count'],
  ['settlements-high-speed-share', 'percent'],
  ['digital-literacy-article', 'percent'],
  ['digital-literacy-national-6plus', 'percent'],
  ['digital-literacy-national-6-74', 'percent'],
  ['settlements-state-offices-fibre', 'count'],
  ['state-offices-fibre', 'count'],
  ['settlements-with-internet', 'count'],
  ['villages-fibre', 'count'],
  ['public-service-register-kinds', 'count'],
  ['e-service-kinds', 'count'],
  ['services-delivered-online-state-corporation', 'count'],
  ['households-e-government-share', 'percent'],
  ['leb-services-automated-share-target', 'percent'],
  ['public-services-digitalization-target', 'percent'],
];

const VALUES: readonly IndicatorValue[] = [
  value('public-service-kinds', 'testland', '2018', 100),
  value('villages-without-internet', 'testland', '2018', 20),
  value('settlements-no-mobile-internet', 'testland', '2023/2024-09', 9),
  value('settlements-fibre', 'testland', '2021-08', 40),
  value('settlements-fibre', 'testland', NOT_REPORTED, 55),
  value('settlements-total', 'testland', '2023/2024-09', 300),
  value('settlements-high-speed-share', 'testland', NOT_REPORTED, 62.5),
  value('digital-literacy-article', 'testland', '2018', 50),
  value('digital-literacy-national-6plus', 'country', '2018', 70),
  value('digital-literacy-national-6plus', 'country', '2021', 80),
  value('digital-literacy-national-6-74', 'country', '2018', 72),
  value('digital-literacy-national-6-74', 'country', '2019', 75),
  value('digital-literacy-national-6-74', 'country', '2023', 88.8),
  value('settlements-state-offices-fibre', 'testland', '2020-12', 30),
  value('state-offices-fibre', 'testland', '2020-12', 90),
  value('settlements-state-offices-fibre', 'country', '2020', 600),
  value('settlements-with-internet', 'country', '2020', 2500),
  value('villages-fibre', 'country', '2025-10-20', 1400),
  value('public-service-register-kinds', 'country', '2019-04-05', 500),
  value('e-service-kinds', 'country', '2019-02', 300),
  value('services-delivered-online-state-corporation', 'country', '2017', 12000000),
  value('households-e-government-share', 'country', '2018', 40.5),
  value('households-e-government-share', 'country', '2020', 35),
  value('households-e-government-share', 'country', NOT_REPORTED, 37),
  value('leb-services-automated-share-target', 'country', '2019', 75),
  value('public-services-digitalization-target', 'country', '2022', 85),
];

/** The valid fixture, which has one department total (farming: 20), plus the chart indicators. */
export function syntheticModel(): Model {
  const { dataset } = loadDataset(VALID_FIXTURE);
  if (!dataset) throw new Error('the valid fixture does not validate');
  const base = buildModel(dataset);
  return {
    ...base,
    indicators: [...base.indicators, ...INDICATORS.map(([id, unit]) => indicator(id, unit))],
    indicatorValues: [...base.indicatorValues, ...VALUES],
  };
}

export const LATER_YEARS_FIXTURE = resolve(import.meta.dirname, '../fixtures/later-years');

/** Several years per department, totals, a new department and source: tests/fixtures/later-years. */
export function laterYearsModel(): Model {
  const { dataset, issues } = loadDataset(LATER_YEARS_FIXTURE);
  if (!dataset) throw new Error(`the later-years fixture does not validate: ${JSON.stringify(issues)}`);
  return buildModel(dataset);
}

/** Freezes the model all the way down, so a chart that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
