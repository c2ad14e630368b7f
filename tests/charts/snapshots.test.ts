/**
 * File snapshots of every chart of the registry × language × width (and each view), drawn from the
 * synthetic fixture, plus departments on the later-years fixture: `tests/output/<name>.svg`, compared
 * with Vitest's `toMatchFileSnapshot`, as Plot's own suite does. `npx vitest run tests/charts -u`
 * writes new and changed snapshots (review `git diff tests/output`); a plain run, and any run with
 * CI=true, fails on a missing or changed one and writes nothing.
 */
import { describe, expect, test } from 'vitest';
import { WIDTH_NAMES, WIDTHS } from '../../src/charts/definition.ts';
import { REGISTRY } from '../../src/charts/registry.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { laterYearsModel, syntheticModel } from './chart-fixture.ts';

/** Tags that must stay on their line: a line break inside <text> would become a space. */
const INLINE = /^<(tspan|\/tspan|\/text)\b/;

/** One element per line, so a changed snapshot diffs readably; text inside <text> stays intact. */
function prettySvg(svg: string): string {
  const broken = svg.replace(/></g, (m, offset: number) =>
    INLINE.test(svg.slice(offset + 1, offset + 9)) ? m : '>\n<',
  );
  return `${broken}\n`;
}

const file = (name: string) => `../output/${name}.svg`;
const cases = LANGS.flatMap((lang) => WIDTH_NAMES.map((w) => [lang, w] as const));

describe.each(REGISTRY.map((r) => [r.chart.id, r.chart] as const))(
  'chart %s on the synthetic data',
  (id, chart) => {
    const prepared = chart.prepare(syntheticModel());
    test.each(cases)('matches its snapshot in %s at the %s width', async (lang, width) => {
      await expect(prettySvg(prepared.svg(lang, WIDTHS[width]))).toMatchFileSnapshot(
        file(`${id}-${lang}-${width}`),
      );
    });
    for (const view of prepared.views.filter((v) => v.id !== 'counts'))
      test.each(cases)(`view ${view.id} matches its snapshot in %s, %s`, async (lang, width) => {
        await expect(prettySvg(view.svg(lang, WIDTHS[width]))).toMatchFileSnapshot(
          file(`${id}-${view.id}-${lang}-${width}`),
        );
      });
  },
);

describe('departments with several years per department (tests/fixtures/later-years)', () => {
  const prepared = REGISTRY.find((r) => r.chart.id === 'departments')?.chart.prepare(laterYearsModel());
  test.each(cases)('matches tests/output/departments-later-years-%s-%s.svg', async (lang, width) => {
    await expect(prettySvg(prepared?.svg(lang, WIDTHS[width]) ?? '')).toMatchFileSnapshot(
      file(`departments-later-years-${lang}-${width}`),
    );
  });
  test.each(LANGS)(
    'the shares view matches tests/output/departments-later-years-shares-%s.svg',
    async (lang) => {
      const shares = prepared?.views.find((v) => v.id === 'shares');
      await expect(prettySvg(shares?.svg(lang) ?? '')).toMatchFileSnapshot(
        file(`departments-later-years-shares-${lang}`),
      );
    },
  );
});
