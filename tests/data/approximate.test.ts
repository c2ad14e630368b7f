/**
 * indicator-values.csv `approximate`: a value the source gives as round ("about 3,000") is printed
 * with "about" in every language. The column may be left out of the header, so rows written before
 * it (a pull request, a test appending rows) still fit.
 */
import { describe, expect, test } from 'vitest';
import { formatValue } from '../../src/i18n/indicator-values.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { loadMutated, messages } from '../helpers/fixture.ts';

/** The fixture's indicator-values.csv with an `approximate` column: `true` on the first row only. */
const withColumn = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line, i) => `${line},${i === 0 ? 'approximate' : i === 1 ? 'true' : ''}`)
    .join('\n');

function modelOf(r: ReturnType<typeof loadMutated>) {
  if (!r.dataset) throw new Error(messages(r).join('\n'));
  return buildModel(r.dataset);
}

describe('approximate values', () => {
  test('without the column every value is exact and prints as before', () => {
    const model = modelOf(loadMutated({}));
    expect(model.indicatorValues.every((v) => v.approximate === false)).toBe(true);
  });

  test('a value marked approximate says "about" in each language; the others do not', () => {
    const r = loadMutated({ 'indicator-values.csv': withColumn });
    expect(messages(r)).toEqual([]);
    const model = modelOf(r);
    const [first, second] = model.indicatorValues;
    if (!first || !second) throw new Error('the fixture has two values');
    expect(first?.approximate).toBe(true);
    expect(second?.approximate).toBe(false);
    for (const lang of LANGS) {
      const plain = formatValue(lang, model, { ...first, approximate: false });
      expect(formatValue(lang, model, first)).toBe(t(lang, 'value.approximate', { value: plain }));
      expect(formatValue(lang, model, second)).not.toContain(
        t(lang, 'value.approximate', { value: '' }).trim(),
      );
    }
  });

  test('a cell that is not true or false is one plain error', () => {
    const r = loadMutated({ 'indicator-values.csv': (text) => withColumn(text).replace(',true', ',about') });
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toMatch(
      /^data\/indicator-values\.csv:2:8 error \[invalid-boolean\] column "approximate"/,
    );
  });
});
