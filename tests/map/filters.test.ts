import { describe, expect, test } from 'vitest';
import { matchesFilter, NO_FILTER, readFilter, writeFilter } from '../../src/map/filters.ts';

const choices = { statuses: ['no-mobile-internet', 'awaiting-connection'], districts: ['shu', 'sarysu'] };

describe('readFilter(search, choices)', () => {
  test('reads status and district from the query string', () => {
    expect(readFilter('?status=awaiting-connection&district=shu', choices)).toEqual({
      status: 'awaiting-connection',
      district: 'shu',
    });
  });

  test('ignores values the page does not offer, so a mistyped link still shows everything', () => {
    expect(readFilter('?status=connected&district=atlantis', choices)).toEqual(NO_FILTER);
  });
});

describe('writeFilter(search, filter)', () => {
  test('keeps the other parameters and drops empty filters', () => {
    expect(writeFilter('?utm=x&status=old', { status: null, district: 'shu' })).toBe('?utm=x&district=shu');
    expect(writeFilter('?status=old', NO_FILTER)).toBe('');
  });

  test('round-trips through readFilter for every choice', () => {
    // Two statuses and two districts, each also unset: nine cases, so every one is checked.
    for (const status of [null, ...choices.statuses])
      for (const district of [null, ...choices.districts]) {
        const filter = { status, district };
        expect(readFilter(writeFilter('', filter), choices)).toEqual(filter);
      }
  });
});

test('matchesFilter(item, filter) needs every set filter to match', () => {
  const item = { status: 'no-mobile-internet', district: 'shu' };
  expect(matchesFilter(item, NO_FILTER)).toBe(true);
  expect(matchesFilter(item, { status: 'no-mobile-internet', district: 'shu' })).toBe(true);
  expect(matchesFilter(item, { status: 'no-mobile-internet', district: 'sarysu' })).toBe(false);
  expect(matchesFilter(item, { status: 'awaiting-connection', district: null })).toBe(false);
});
