/**
 * The layers of src/ (README.md, "Project layout") as an import graph: `scripts/check-layers.ts` reads
 * every import of every module and `.astro` file and finds upward imports, folder cycles, loaders used
 * by pure code, and environment, file or git reads outside loaders. The real src/ passes with no list
 * of exceptions; each rule is shown to fail on a copy of src/ with one bad import added.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLayers, formatViolation, type Rule, readSources } from '../../scripts/check-layers.ts';

const real = readSources(join(import.meta.dirname, '../../src'));
const withFile = (path: string, text: string) => new Map([...real, [path, text]]);
const rulesOf = (sources: ReadonlyMap<string, string>) => checkLayers(sources).map((v) => v.rule);
const found = (sources: ReadonlyMap<string, string>) => checkLayers(sources).map(formatViolation);

describe('src/ keeps its layers', () => {
  test('the checker reads modules and .astro files, frontmatter and scripts', () => {
    expect(real.has('model/queries.ts')).toBe(true);
    expect(real.has('charts/villages-map.ts')).toBe(true);
    expect([...real.keys()].filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(10);
  });

  test('the real src/ breaks no rule', () => {
    expect(found(real)).toEqual([]);
  });

  test('an upward import fails, with its file and line', () => {
    const leak = withFile('model/leak.ts', "// why\nimport { REGISTRY } from '../charts/registry.ts';\n");
    expect(found(leak)).toContain(
      'src/model/leak.ts:2 [upward] model/ imports charts/registry.ts, from a higher layer',
    );
  });

  test('the model may not format text: model → i18n is upward', () => {
    expect(
      rulesOf(withFile('model/label.ts', "import { formatNumber } from '../i18n/format.ts';")),
    ).toContain('upward');
  });

  test('a cycle between two folders of one layer fails', () => {
    // charts/ already imports map/ (the village map chart); map/ importing charts/ closes a cycle.
    const cycle = withFile('map/uses-chart.ts', "export { REGISTRY } from '../charts/registry.ts';");
    expect(rulesOf(cycle)).toEqual(['cycle']);
    expect(found(cycle)[0]).toMatch(/map\/uses-chart\.ts:1.*folders charts\/, map\/ import each other/);
  });

  test('a chart that loads the model or the data version itself fails, as in the December review', () => {
    const leaky = [
      "import { getModel } from '../model/load-model.ts';",
      "import { dataVersion } from '../model/load-data-version.ts';",
      "const fs = await import('node:fs');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module under test
      'export const svg = () => `${getModel().sources.length} ${dataVersion().short} ${process.env.DATA_REGION}`;',
    ].join('\n');
    expect(rulesOf(withFile('charts/leaky.ts', leaky)).sort()).toEqual([
      'environment',
      'io',
      'loader',
      'loader',
    ]);
  });

  test('a type-only import of a loader runs nothing and passes', () => {
    expect(found(withFile('model/types-only.ts', "import type { Dataset } from '../data/load.ts';"))).toEqual(
      [],
    );
  });

  test('a loader import from a page passes; from a component, a layout or reuse/ it fails', () => {
    const load = "import { getModel } from '../../model/load-model.ts';";
    const astro = `---\n${load}\n---\n<p />`;
    expect(found(withFile('pages/uses/model.astro', astro))).toEqual([]);
    expect(found(withFile('components/story/Uses.astro', astro))).toEqual([
      'src/components/story/Uses.astro:2 [loader] imports the loader model/load-model.ts; take its result as an argument from the page',
    ]);
    expect(rulesOf(withFile('layouts/uses/Frame.astro', astro))).toEqual(['loader']);
    expect(rulesOf(withFile('reuse/uses/model.ts', load))).toEqual(['loader']);
  });

  test('a component that reads the repository address from its loader fails', () => {
    const link =
      "---\nimport { configuredRepoUrl } from '../reuse/load-repo-url.ts';\n---\n<a href={configuredRepoUrl()} />";
    expect(rulesOf(withFile('components/Correction.astro', link))).toEqual(['loader']);
  });

  test('an .astro <script> is read too', () => {
    const page = "---\n---\n<p />\n<script>\n  import '../pages/index.astro';\n</script>";
    expect(found(withFile('components/Bad.astro', page))).toEqual([
      'src/components/Bad.astro:5 [upward] components/ imports pages/index.astro, from a higher layer',
      'src/components/Bad.astro:5 [cycle] folders components/, layouts/, pages/ import each other',
    ]);
  });

  test.each([
    ['process.env.DATA_DIR', 'environment'],
    ['import.meta.env.SECRET', 'environment'],
    ["import { readFileSync } from 'node:fs';", 'io'],
    ["import { execFileSync } from 'node:child_process';", 'io'],
    ['process.cwd()', 'io'],
  ] as const)('%s outside a loader fails', (code, rule: Rule) => {
    expect(rulesOf(withFile('reuse/env.ts', code))).toEqual([rule]);
    expect(rulesOf(withFile('model/load-env.ts', code))).toEqual([]);
  });

  test("Vite's build constants are configuration, not the environment", () => {
    const code = 'const a = import.meta.env?.BASE_URL;\nconst b = import.meta.env.PUBLIC_TILE_URL;';
    expect(found(withFile('map/tiles.ts', code))).toEqual([]);
  });

  test('a folder outside the layer list, or an import out of src/, fails', () => {
    expect(rulesOf(withFile('history/diff.ts', ''))).toEqual(['outside']);
    expect(rulesOf(withFile('model/x.ts', "import '../../tests/helpers/fixture.ts';"))).toEqual(['outside']);
  });
});
