import { describe, expect, test } from 'vitest';
import { compareDates, dateSpan, parsePartialDate, precisionOf } from '../../src/data/partial-date.ts';

describe('parsePartialDate', () => {
  test.each([
    ['2018', 'year', { first: '2018-01-01', last: '2018-12-31' }],
    ['2024-02', 'month', { first: '2024-02-01', last: '2024-02-29' }],
    ['2021-08-11', 'day', { first: '2021-08-11', last: '2021-08-11' }],
  ] as const)('parsePartialDate(%s) keeps %s precision', (text, precision, span) => {
    const date = parsePartialDate(text);
    expect(date && precisionOf(date.start)).toBe(precision);
    expect(date && dateSpan(date)).toEqual(span);
  });

  test('parsePartialDate(interval) spans from the first day of its start to the last of its end', () => {
    const date = parsePartialDate('2023/2024-09');
    expect(date?.end).toEqual({ year: 2024, month: 9 });
    expect(date && dateSpan(date)).toEqual({ first: '2023-01-01', last: '2024-09-30' });
  });

  test.each([
    '',
    '18',
    '2018-1',
    '2018-00',
    '2023-02-29',
    '2018/',
    '2018/2019/2020',
    '2020/2019',
    'not-reported',
    '2018 ',
  ])('parsePartialDate(%j) is null', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  test('compareDates orders by start, then by end', () => {
    const dates = ['2023/2024-09', '2018', '2021-08-11', '2023'].map((t) => parsePartialDate(t));
    const sorted = dates
      .filter((d) => d !== null)
      .sort(compareDates)
      .map((d) => d.text);
    expect(sorted).toEqual(['2018', '2021-08-11', '2023', '2023/2024-09']);
  });
});
