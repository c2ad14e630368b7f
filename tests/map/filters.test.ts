import { describe, expect, test } from 'vitest';
import { DATE_CHOICES, matchesFilter, NO_FILTER, readFilter, writeFilter } from '../../src/map/filters.ts';

const choices = { statuses: ['no-mobile-internet', 'awaiting-connection'], districts: ['shu', 'sarysu'] };

describe('readFilter(search, choices)', () => {
  test('reads status and district from the query string', () => {
    expect(readFilter('?status=awaiting-connection&district=shu', choices)).toEqual({
      status: 'awaiting-connection',
      district: 'shu',
      date: null,
    });
    expect(readFilter('?date=undated', choices)).toEqual({ ...NO_FILTER, date: 'undated' });
  });

  test('ignores values the page does not offer, so a mistyped link still shows everything', () => {
    expect(readFilter('?status=connected&district=atlantis&date=someday', choices)).toEqual(NO_FILTER);
  });
});

describe('writeFilter(search, filter)', () => {
  test('keeps the other parameters and drops empty filters', () => {
    expect(writeFilter('?utm=x&status=old', { status: null, district: 'shu', date: null })).toBe(
      '?utm=x&district=shu',
    );
    expect(writeFilter('?status=old', NO_FILTER)).toBe('');
  });

  test('round-trips through readFilter for every choice', () => {
    // Two statuses, two districts and two date choices, each also unset: every case is checked.
    for (const status of [null, ...choices.statuses])
      for (const district of [null, ...choices.districts])
        for (const date of [null, ...DATE_CHOICES]) {
          const filter = { status, district, date };
          expect(readFilter(writeFilter('', filter), choices)).toEqual(filter);
        }
  });
});

test('matchesFilter(item, filter) needs every set filter to match', () => {
  const item = { status: 'no-mobile-internet', district: 'shu', dated: true };
  expect(matchesFilter(item, NO_FILTER)).toBe(true);
  expect(matchesFilter(item, { status: 'no-mobile-internet', district: 'shu', date: null })).toBe(true);
  expect(matchesFilter(item, { status: 'no-mobile-internet', district: 'sarysu', date: null })).toBe(false);
  expect(matchesFilter(item, { status: 'awaiting-connection', district: null, date: null })).toBe(false);
  // The date filter: a village whose latest report states no date is shown by "undated" only.
  expect(matchesFilter(item, { ...NO_FILTER, date: 'dated' })).toBe(true);
  expect(matchesFilter(item, { ...NO_FILTER, date: 'undated' })).toBe(false);
  expect(matchesFilter({ ...item, dated: false }, { ...NO_FILTER, date: 'undated' })).toBe(true);
  expect(matchesFilter({ ...item, dated: false }, { ...NO_FILTER, date: 'dated' })).toBe(false);
});
