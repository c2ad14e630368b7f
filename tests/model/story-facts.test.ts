import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { departmentEntries } from '../../src/model/department-entries.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { departmentChanges, departmentFacts, isInYear, withoutCounts } from '../../src/model/story-facts.ts';
import type { DigitizationRecord, Model } from '../../src/model/types.ts';
import { laterYearsModel, syntheticModel } from '../charts/chart-fixture.ts';

const date = (text: string) => {
  const d = parsePartialDate(text);
  if (!d) throw new Error(text);
  return d;
};

describe('isInYear', () => {
  test.each([
    ['2018', 2018, true],
    ['2018-05', 2018, true],
    ['2018-05-03', 2018, true],
    ['2018/2019', 2018, false],
    ['2019', 2018, false],
    ['2017/2018', 2018, false],
  ])('%s lies wholly in %i: %s', (text, year, expected) => {
    expect(isInYear(date(text), year)).toBe(expected);
  });
});

describe('departmentFacts on the later-years fixture', () => {
  const model = laterYearsModel();
  const facts = departmentFacts(model, siteRegion(model), 2018);
  const ids = (rows: readonly { record: DigitizationRecord }[]) => rows.map((p) => p.record.id);

  test('the story year keeps its own records, history that later rows do not replace', () => {
    expect(ids(facts.ofYear)).toEqual(['education-2018', 'farming-2018', 'health-2018']);
    expect(facts.totalsInYear).toBe(false);
  });

  test('the other records come in date order, all after the year', () => {
    expect(ids(facts.others)).toEqual([
      'farming-2021',
      'education-2025',
      'farming-2025',
      'health-2025',
      'culture-2025',
    ]);
    expect(facts.othersAllLater).toBe(true);
    expect(facts.dates.map((d) => d.text)).toEqual(['2018', '2021', '2025-03']);
  });

  test('a change is stated only where two years give the same measure, consecutive years paired', () => {
    expect(
      facts.changes.map((c) => [c.department.id, c.measure, c.fromValue, c.toValue, c.direction]),
    ).toEqual([
      ['farming', 'digital', 17, 19, 'up'],
      ['education', 'notDigital', 5, 4, 'down'],
      ['farming', 'digital', 19, 24, 'up'],
    ]);
    // Health changed status but gave no figure in either year; culture has one year only.
    expect(facts.changes.some((c) => c.department.id === 'health' || c.department.id === 'culture')).toBe(
      false,
    );
  });

  test('named services are grouped by the date they were named, with the unnamed rest of that record', () => {
    expect(
      facts.serviceGroups.map((g) => [g.department.id, g.date.text, g.services.length, g.unnamed]),
    ).toEqual([
      ['education', '2018', 1, 4],
      ['education', '2025-03', 1, 3],
    ]);
  });

  test('groups the year’s records without figures by status', () => {
    expect(ids(withoutCounts(facts.ofYear, 'lagging'))).toEqual(['health-2018']);
    expect(withoutCounts(facts.ofYear, 'no-figures')).toEqual([]);
  });
});

describe('departmentChanges', () => {
  const model = syntheticModel();
  const base = model.digitization.find((r) => r.departmentId === 'farming');
  if (!base) throw new Error('fixture has no farming record');
  const withRecords = (records: DigitizationRecord[]): Model => ({ ...model, digitization: records });

  test('says nothing when a measure is reported in one year only', () => {
    const later: DigitizationRecord = {
      ...base,
      id: 'farming-2020',
      date: date('2020'),
      digital: NOT_REPORTED,
      notDigital: 4,
    };
    const m = withRecords([base, { ...later, total: NOT_REPORTED }]);
    const farming = departmentEntries(m, siteRegion(m)).find((e) => e.department.id === 'farming');
    if (!farming) throw new Error('no farming');
    expect(departmentChanges(farming).map((c) => c.measure)).toEqual(['notDigital']);
  });

  test('pairs no two records of the same date, and calls an equal figure unchanged', () => {
    const same = { ...base, id: 'farming-2018-b' };
    const later = { ...base, id: 'farming-2022', date: date('2022') };
    const m = withRecords([base, same, later]);
    const farming = departmentEntries(m, siteRegion(m)).find((e) => e.department.id === 'farming');
    if (!farming) throw new Error('no farming');
    const changes = departmentChanges(farming);
    expect(changes.every((c) => c.from.date.text !== c.to.date.text)).toBe(true);
    expect(changes.map((c) => c.direction)).toEqual(['same', 'same', 'same']);
  });
});
