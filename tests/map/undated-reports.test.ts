/**
 * Reports whose source shows no date (`date` `not-reported` with a `date_bound`), on fixtures: how a
 * village's history is ordered, which report is its latest, and how each place shows "date not
 * stated". Expectations come from the fixture rows written here, never from today's data.
 */
import { describe, expect, test } from 'vitest';
import { prepareChart } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { villagesCollection } from '../../src/map/geojson.ts';
import { formatReportDate } from '../../src/map/report-date.ts';
import { layoutStaticMap } from '../../src/map/static-map.ts';
import { staticMapMarkup } from '../../src/map/static-map-svg.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { siteRegion } from '../../src/model/queries.ts';
import type { Model, Village } from '../../src/model/types.ts';
import {
  compareReports,
  historyText,
  isDated,
  latestStatus,
  statusHistory,
} from '../../src/model/village-status.ts';
import { loadMutated } from '../helpers/fixture.ts';

/** The valid fixture's alpha and beta, with `reports` appended to village-statuses.csv. */
function withReports(reports: readonly string[], villages: readonly string[] = []): Model {
  const r = loadMutated({
    'villages.csv': (t) => `${t}${villages.map((v) => `${v}\n`).join('')}`,
    'village-statuses.csv': (t) => `${t}${reports.map((v) => `${v}\n`).join('')}`,
  });
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !r.dataset) throw new Error(JSON.stringify(errors));
  return buildModel(r.dataset);
}

const village = (model: Model, id: string): Village => {
  const v = model.villages.find((x) => x.id === id);
  if (!v) throw new Error(`no village ${id}`);
  return v;
};

const GAMMA = 'gamma,testland,north,Гамма,Гамма,Gamma,true,44.1,72.9,map,Synthetic point,,';

describe('compareReports: the ordering rule itself', () => {
  const model = withReports(
    [
      'beta-undated-late,beta,connected-fibre,not-reported,2030,report,,,,',
      'beta-undated-early,beta,no-internet,not-reported,2020,report,,,,',
    ],
    [],
  );
  const reports = village(model, 'beta').history;
  const byId = (id: string) => {
    const r = reports.find((x) => x.id === id);
    if (!r) throw new Error(`no report ${id}`);
    return r;
  };
  const dated = byId('beta-2021-08-11');
  const late = byId('beta-undated-late');
  const early = byId('beta-undated-early');

  test('a dated report sorts after every undated one, in both argument orders', () => {
    for (const undated of [late, early]) {
      expect(compareReports(dated, undated)).toBeGreaterThan(0);
      expect(compareReports(undated, dated)).toBeLessThan(0);
    }
  });

  test('undated reports sort by their bound; equal ones are equal', () => {
    expect(compareReports(early, late)).toBeLessThan(0);
    expect(compareReports(late, early)).toBeGreaterThan(0);
    expect(compareReports(late, late)).toBe(0);
  });

  test('every file order gives the same history and the dated latest', () => {
    const all = [late, dated, early];
    for (const order of [all, [...all].reverse(), [dated, early, late], [early, late, dated]]) {
      const history = statusHistory(order, 'beta');
      expect(history.map((r) => r.id)).toEqual([
        'beta-undated-early',
        'beta-undated-late',
        'beta-2021-08-11',
      ]);
      expect(latestStatus(history)?.id).toBe('beta-2021-08-11');
    }
  });
});

describe('the latest status with undated reports', () => {
  test('a village with only an undated report shows it, as date not stated', () => {
    const model = withReports(['gamma-undated,gamma,no-internet,not-reported,2026-12,report,,,,'], [GAMMA]);
    const gamma = village(model, 'gamma');
    expect(gamma.latest.id).toBe('gamma-undated');
    expect(gamma.latest.date).toBe(NOT_REPORTED);
    expect(isDated(gamma.latest)).toBe(false);
  });

  test('a dated report is the latest over an undated one, whichever comes first in the file', () => {
    for (const order of [['beta-undated,beta,connected-fibre,not-reported,2026-12,report,,,,'], []]) {
      const model = withReports(order);
      expect(village(model, 'beta').latest.id).toBe('beta-2021-08-11');
    }
  });

  test('an undated report whose bound is after the dated one still never becomes the latest', () => {
    // beta's dated report is 2021-08-11; this bound ("not earlier than 2025") lies wholly after it.
    const model = withReports(['beta-later,beta,connected-fibre,not-reported,2025/2026-12,report,,,,']);
    const beta = village(model, 'beta');
    expect(beta.latest.id).toBe('beta-2021-08-11');
    expect(beta.latest.status).toBe('awaiting-connection');
    expect(beta.history.map((r) => r.id)).toEqual(['beta-later', 'beta-2021-08-11']);
  });

  test('an undated report whose bound is before the dated one is older, as it is listed', () => {
    const model = withReports(['beta-earlier,beta,no-internet,not-reported,2020,report,,,,']);
    const beta = village(model, 'beta');
    expect(beta.latest.id).toBe('beta-2021-08-11');
    expect(beta.history.map((r) => r.id)).toEqual(['beta-earlier', 'beta-2021-08-11']);
  });

  test('two undated reports: ordered by their "not later than" bound, whatever the file order', () => {
    const model = withReports(
      [
        'gamma-b,gamma,awaiting-connection,not-reported,2026-12,report,,,,',
        'gamma-a,gamma,no-internet,not-reported,2024,report,,,,',
      ],
      [GAMMA],
    );
    const gamma = village(model, 'gamma');
    expect(gamma.history.map((r) => r.id)).toEqual(['gamma-a', 'gamma-b']);
    expect(gamma.latest.id).toBe('gamma-b');
  });

  test('two undated reports and a dated one: the dated one is the latest', () => {
    const model = withReports(
      [
        'gamma-old,gamma,connected-mobile,2019,,report,,,,',
        'gamma-b,gamma,awaiting-connection,not-reported,2026-12,report,,,,',
        'gamma-a,gamma,no-internet,not-reported,2024,report,,,,',
      ],
      [GAMMA],
    );
    const gamma = village(model, 'gamma');
    expect(gamma.latest.id).toBe('gamma-old');
    expect(gamma.history.filter(isDated).map((r) => r.id)).toEqual(['gamma-old']);
  });
});

describe('"date not stated" wherever a report is shown', () => {
  const model = withReports(
    [
      'gamma-undated,gamma,slow-internet,not-reported,2017/2026-12,report,,,,',
      'beta-undated,beta,connected-mobile,not-reported,2026-12,report,,,,',
    ],
    [GAMMA],
  );
  const gamma = village(model, 'gamma');
  const beta = village(model, 'beta');

  test('in each language, with the bound the data keeps', () => {
    expect(formatReportDate('en', gamma.latest)).toBe(
      'date not stated (not earlier than 2017, not later than December 2026)',
    );
    expect(formatReportDate('ru', gamma.latest)).toMatch(
      /^дата не указана \(не ранее: 2017.*; не позднее: .*2026/,
    );
    expect(formatReportDate('kk', gamma.latest)).toMatch(
      /^күні көрсетілмеген \(ең ерте — 2017.*, ең кеші — 2026/,
    );
    // A dated report keeps its date as precise as the source.
    expect(formatReportDate('en', beta.latest)).not.toMatch(/not stated/);
  });

  test('in the GeoJSON and the CSV history', () => {
    const collection = villagesCollection(model, siteRegion(model));
    const feature = collection.features.find((f) => f.id === 'gamma');
    expect(feature?.properties).toMatchObject({
      status: 'slow-internet',
      status_date: 'not-reported',
      status_dated: false,
      status_date_bound: '2017/2026-12',
      status_date_label: 'date not stated (not earlier than 2017, not later than 2026-12)',
    });
    expect(historyText(beta)).toBe(
      'date not stated (not later than 2026-12): connected-mobile; 2021-08-11: awaiting-connection',
    );
  });

  test('in the chart table behind the xlsx download', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const row = prepareChart(model, 'villages-map')
        .table(lang)
        .rows.find((r) => r.name === gamma.names[lang]);
      expect(row?.date).toBe(formatReportDate(lang, gamma.latest));
    }
  });

  test('on the static map as a dashed outline, only for an undated latest report', () => {
    const region = siteRegion(model);
    if (!region.outline) throw new Error('fixture region has no outline');
    const layout = layoutStaticMap({
      outline: region.outline,
      neighbours: [],
      places: [],
      villages: model.villages,
    });
    const svg = staticMapMarkup(layout, { look: 'classes', lang: 'en', names: new Map() });
    expect(svg).toMatch(/data-village="gamma"[^>]*stroke-dasharray/);
    expect(svg).not.toMatch(/data-village="beta"[^>]*stroke-dasharray/);
  });
});

describe('a place without coordinates', () => {
  const model = withReports(
    ['gamma-2020,gamma,offices-connected-fibre,2020-12,,report,,,,'],
    ['gamma,testland,north,Гамма,Гамма,Gamma,true,,,map,Not located in any record,,'],
  );

  test('is in the model and the GeoJSON without a point, and is never drawn', () => {
    const gamma = village(model, 'gamma');
    expect(gamma.position).toBeNull();
    const feature = villagesCollection(model, siteRegion(model)).features.find((f) => f.id === 'gamma');
    expect(feature?.geometry).toBeNull();
    expect(feature?.properties.coordinate_note).toBe('Not located in any record');
    const region = siteRegion(model);
    if (!region.outline) throw new Error('fixture region has no outline');
    const layout = layoutStaticMap({
      outline: region.outline,
      neighbours: [],
      places: [],
      villages: model.villages,
    });
    expect(layout.villages.map((v) => v.id).sort()).toEqual(
      model.villages
        .filter((v) => v.position !== null)
        .map((v) => v.id)
        .sort(),
    );
  });
});
