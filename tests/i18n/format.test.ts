import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { formatNumber, formatPartialDate, formatPercent, formatReported } from '../../src/i18n/format.ts';

const date = (text: string) => {
  const d = parsePartialDate(text);
  if (!d) throw new Error(text);
  return d;
};

describe('formatPartialDate', () => {
  test('a year stays a year, with the Kazakh and Russian year marks', () => {
    expect(formatPartialDate('kk', date('2018'))).toBe('2018 ж.');
    expect(formatPartialDate('ru', date('2018'))).toBe('2018 г.');
    expect(formatPartialDate('en', date('2018'))).toBe('2018');
  });
  test('a day in each language', () => {
    expect(formatPartialDate('kk', date('2021-08-11'))).toBe('2021 ж. 11 тамыз');
    expect(formatPartialDate('ru', date('2021-08-11'))).toBe('11 августа 2021 г.');
    expect(formatPartialDate('en', date('2021-08-11'))).toBe('11 August 2021');
  });
  test('an interval shows both ends at their own precision', () => {
    expect(formatPartialDate('en', date('2023/2024-09'))).toBe('2023 – September 2024');
    expect(formatPartialDate('kk', date('2023/2024-09'))).toBe('2023 ж. – 2024 ж. қыркүйек');
  });
  test('an unknown date is said to be unknown', () => {
    expect(formatPartialDate('kk', NOT_REPORTED)).toBe('күні көрсетілмеген');
    expect(formatPartialDate('en', NOT_REPORTED)).toBe('date not reported');
  });
});

describe('number formatting', () => {
  test('formatNumber groups digits per locale', () => {
    expect(formatNumber('kk', 1234.5)).toBe('1\u00a0234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
  test('formatPercent takes the 0–100 scale of the data', () => {
    expect(formatPercent('kk', 61)).toBe('61%');
    expect(formatPercent('ru', 64.2)).toBe('64,2\u00a0%');
    expect(formatPercent('en', 58.4)).toBe('58.4%');
  });
  test('formatReported never turns not-reported into a number', () => {
    expect(formatReported('kk', NOT_REPORTED)).toBe('дерек берілмеген');
    expect(formatReported('ru', NOT_REPORTED)).toBe('данные не приводились');
    expect(formatReported('en', 0)).toBe('0');
  });
});
