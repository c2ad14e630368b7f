import { describe, expect, test } from 'vitest';
import { NARROW, WIDE } from '../../src/charts/definition.ts';
import { CHARTS, chartById, chartViews } from '../../src/charts/registry.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { laterYearsModel, syntheticModel } from './chart-fixture.ts';
import { compareSnapshot, prettySvg } from './snapshot.ts';

const model = syntheticModel();

function expectSnapshot(name: string, svg: string) {
  const result = compareSnapshot(name, prettySvg(svg));
  if (result === 'created' || result === 'updated')
    console.warn(`${result} snapshot tests/output/${name}.svg: review and commit it`);
  expect(result, `tests/output/${name}: review ${name}-changed.svg (UPDATE_SNAPSHOTS=1 accepts)`).toMatch(
    /^(matched|created|updated)$/,
  );
}

describe.each(CHARTS.map((c) => [c.id, c] as const))('chart %s on the synthetic data', (id, chart) => {
  const cases = LANGS.flatMap((lang) => [
    [`${id}-${lang}`, lang, WIDE] as const,
    [`${id}-${lang}-narrow`, lang, NARROW] as const,
  ]);
  test.each(cases)('matches tests/output/%s.svg', (name, lang, width) => {
    expectSnapshot(name, chart.svg(model, lang, { width }));
  });
});

test.each(LANGS)('the shares view of departments matches its snapshot in %s', (lang) => {
  const shares = chartViews('departments', model).find((v) => v.id === 'shares');
  expect(shares).toBeDefined();
  expectSnapshot(`departments-shares-${lang}`, shares?.svg(model, lang) ?? '');
});

describe('departments with several years per department (tests/fixtures/later-years)', () => {
  const later = laterYearsModel();
  const cases = LANGS.flatMap((lang) => [
    [`departments-later-years-${lang}`, lang, WIDE] as const,
    [`departments-later-years-${lang}-narrow`, lang, NARROW] as const,
  ]);
  test.each(cases)('matches tests/output/%s.svg', (name, lang, width) => {
    expectSnapshot(name, chartById('departments').svg(later, lang, { width }));
  });
  test.each(LANGS)('the shares view matches tests/output/departments-later-years-shares-%s.svg', (lang) => {
    const shares = chartViews('departments', later).find((v) => v.id === 'shares');
    expectSnapshot(`departments-later-years-shares-${lang}`, shares?.svg(later, lang) ?? '');
  });
});
