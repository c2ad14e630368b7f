import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { findingList, frontFindings } from '../../src/model/front-findings.ts';
import type {
  Indicator,
  IndicatorValue,
  Model,
  Region,
  Village,
  VillageStatus,
} from '../../src/model/types.ts';

// A hand-made, synthetic model: only what the findings read. Figures are invented for the test.
const names = (s: string) => ({ kk: s, ru: s, en: s });
const region: Region = {
  id: 'testland',
  level: 'region',
  parentId: null,
  names: names('Testland'),
  shortNames: names('Testland'),
  iso: null,
  kato: null,
  sourceId: 'src',
  outline: null,
};
const other: Region = { ...region, id: 'elsewhere' };
const indicator = (id: string, role: Indicator['role']): Indicator => ({
  id,
  unit: 'count',
  names: names(id),
  definitions: names(id),
  role,
});
// Declared before use in model(); the ids are made up, the roles are what the findings read.
const ROLES: Indicator[] = [
  indicator('offline-villages', 'first-count'),
  indicator('no-mobile-settlements', 'latest-count'),
];

function date(text: string) {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`bad fixture date ${text}`);
  return d;
}

function value(
  id: string,
  indicatorId: string,
  when: string,
  v: number,
  sourceId = 'src',
  r = region,
): IndicatorValue {
  return {
    id,
    indicatorId,
    regionId: r.id,
    date: when === 'undated' ? NOT_REPORTED : date(when),
    value: v,
    sourceId,
    note: null,
  };
}

function village(id: string, sourceId: string, status: VillageStatus = 'no-mobile-internet'): Village {
  const report = {
    id: `${id}-r`,
    villageId: id,
    status,
    date: date('2023'),
    sourceId,
    dateBound: null,
    nameInSource: null,
    notes: { kk: null, ru: null, en: null },
  };
  return {
    id,
    regionId: region.id,
    districtId: 'd',
    names: names(id),
    nameEnRomanized: true,
    position: [70, 44],
    history: [report],
    latest: report,
    coordinateSourceId: 'map',
    coordinateNote: '',
    coordinateUrl: null,
    note: null,
  };
}

function model(indicatorValues: IndicatorValue[], villages: Village[] = []): Model {
  return {
    sources: [],
    sourceQuotes: [],
    regions: [region, other],
    districts: [],
    departments: [],
    digitization: [],
    services: [],
    indicators: ROLES,
    indicatorValues,
    villages,
    places: [],
    neighbours: [],
  };
}

const OFFLINE = 'offline-villages';
const NO_MOBILE = 'no-mobile-settlements';

describe('frontFindings', () => {
  const base = [
    value('offline-2018', OFFLINE, '2018', 30),
    value('none-later', NO_MOBILE, '2022/2023-09', 12, 'later'),
  ];

  test('takes the earliest count of villages without internet and the latest of settlements without mobile internet', () => {
    const f = frontFindings(model(base, [village('a', 'later'), village('b', 'later')]), region);
    expect(f.first?.value.id).toBe('offline-2018');
    expect(f.latest?.value.id).toBe('none-later');
    expect(f.latest?.named).toBe(2);
    expect(f.unknown).toMatchObject({ unnamed: 10 });
    expect(f.unknown?.first?.id).toBe('offline-2018');
    expect(f.unknown?.latest?.id).toBe('none-later');
    expect(findingList(f).map((x) => x.kind)).toEqual(['first', 'latest', 'unknown']);
  });

  test('a valid later row moves the latest finding and leaves the first one where it was', () => {
    const later = [
      ...base,
      value('none-2025', NO_MOBILE, '2025-03', 5, 'newer'),
      value('offline-2020', OFFLINE, '2020', 9),
    ];
    const f = frontFindings(model(later, [village('a', 'later'), village('c', 'newer')]), region);
    expect(f.first?.value.id).toBe('offline-2018');
    expect(f.latest?.value.id).toBe('none-2025');
    // Only settlements the same source names count as named for that report.
    expect(f.latest?.named).toBe(1);
    expect(f.unknown?.unnamed).toBe(4);
  });

  test('an earlier row of the first indicator becomes the first finding', () => {
    const f = frontFindings(model([...base, value('offline-2016', OFFLINE, '2016', 40)]), region);
    expect(f.first?.value.id).toBe('offline-2016');
  });

  test('orders by the last day a date covers, as the timeline does', () => {
    const rangeEndsFirst = [
      value('range', NO_MOBILE, '2019/2023-06', 20),
      value('day', NO_MOBILE, '2023-10-01', 8),
    ];
    expect(frontFindings(model(rangeEndsFirst), region).latest?.value.id).toBe('day');
    const rangeEndsLast = [
      value('range', NO_MOBILE, '2019/2024', 20),
      value('day', NO_MOBILE, '2023-10-01', 8),
    ];
    expect(frontFindings(model(rangeEndsLast), region).latest?.value.id).toBe('range');
  });

  test('ignores undated values, other regions and villages with another status', () => {
    const rows = [
      ...base,
      value('undated', NO_MOBILE, 'undated', 3),
      value('other-region', NO_MOBILE, '2026', 2, 'later', other),
      value('other-first', OFFLINE, '2010', 99, 'src', other),
    ];
    const f = frontFindings(
      model(rows, [village('a', 'later'), village('w', 'later', 'awaiting-connection')]),
      region,
    );
    expect(f.first?.value.id).toBe('offline-2018');
    expect(f.latest?.value.id).toBe('none-later');
    expect(f.latest?.named).toBe(1);
  });

  test('a settlement the report named still counts as named after a later report says it was connected', () => {
    const named = village('a', 'later');
    const connected = {
      ...named.latest,
      id: 'a-r2',
      status: 'connected-fibre' as VillageStatus,
      date: date('2025'),
    };
    const later: Village = { ...named, history: [named.latest, connected], latest: connected };
    const f = frontFindings(model(base, [later, village('b', 'later')]), region);
    expect(f.latest?.named).toBe(2);
    // …and the first screen must then not say "no later report" of all of them.
    expect(f.latest?.laterReported).toBe(1);
    expect(f.unknown?.laterReported).toBe(1);
  });

  test('no named settlement with a later report: laterReported is 0', () => {
    const f = frontFindings(model(base, [village('a', 'later'), village('b', 'later')]), region);
    expect(f.latest?.laterReported).toBe(0);
    expect(f.unknown?.laterReported).toBe(0);
  });

  test('never reports a negative number of unnamed settlements when a source names more than it counts', () => {
    const rows = [value('none', NO_MOBILE, '2023', 1, 'later')];
    const f = frontFindings(model(rows, [village('a', 'later'), village('b', 'later')]), region);
    expect(f.unknown?.unnamed).toBe(0);
  });

  test('says less when a count is missing: no latest finding, and nothing at all without either count', () => {
    const onlyFirst = frontFindings(model([value('offline-2018', OFFLINE, '2018', 30)]), region);
    expect(onlyFirst.latest).toBeNull();
    expect(onlyFirst.unknown).toMatchObject({ latest: null, unnamed: 0 });
    expect(findingList(onlyFirst).map((x) => x.kind)).toEqual(['first', 'unknown']);

    const nothing = frontFindings(model([value('undated', OFFLINE, 'undated', 30)]), region);
    expect(findingList(nothing)).toEqual([]);
  });
});

describe('indicator roles', () => {
  test('the findings follow data/indicators.csv roles, not indicator ids', () => {
    const rows = [value('offline-2018', OFFLINE, '2018', 30), value('none', NO_MOBILE, '2023', 5, 'later')];
    const swapped: Model = {
      ...model(rows),
      indicators: ROLES.map((i) => ({
        ...i,
        role: i.role === 'first-count' ? 'latest-count' : 'first-count',
      })),
    };
    const f = frontFindings(swapped, region);
    expect(f.first?.value.id).toBe('none');
    expect(f.latest?.value.id).toBe('offline-2018');
    const noRoles: Model = { ...model(rows), indicators: ROLES.map((i) => ({ ...i, role: null })) };
    expect(findingList(frontFindings(noRoles, region))).toEqual([]);
  });
});
