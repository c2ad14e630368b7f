/**
 * A test file's project is its folder: `tests/dist/`, `tests/browser/` and `tests/build/` hold the
 * files of those projects, every other `*.test.ts` is `unit`. A folder is easy to see and to run
 * (`npx vitest run tests/browser`); no file's text decides where it runs.
 *
 * The guard: a file that imports a heavier helper than its folder allows is misplaced, and
 * `vitest.config.ts` refuses to start until it is moved. Imports are read with the TypeScript
 * parser, so a test that merely quotes an import in a string is not mistaken for one that makes it.
 *
 * | It imports or runs…                                                           | it needs  |
 * | ----------------------------------------------------------------------------- | --------- |
 * | `fixtures/synthetic/build-site.ts`, or runs `astro/bin/astro.mjs`             | `build`   |
 * | `helpers/browser.ts` or `playwright-core` (starts Chromium)                   | `browser` |
 * | `helpers/dist.ts` (reads the built site)                                      | `dist`    |
 * | none of these                                                                 | `unit`    |
 */
import ts from 'typescript';

/** From light to heavy: a file may sit in the folder of a heavier project than it needs, never a lighter one. */
export const TEST_PROJECTS = ['unit', 'dist', 'browser', 'build'] as const;
export type TestProject = (typeof TEST_PROJECTS)[number];

/** The folders, under tests/, of the projects that need a built site. */
export const HEAVY_FOLDERS = ['dist', 'browser', 'build'] as const satisfies readonly TestProject[];

/** The project of a test file, from its path relative to the repository (`tests/dist/site/links.test.ts`). */
export function projectOfPath(file: string): TestProject {
  const [top, folder] = file.split(/[\\/]/);
  if (top !== 'tests') return 'unit';
  return HEAVY_FOLDERS.find((f) => f === folder) ?? 'unit';
}

const rank = (p: TestProject) => TEST_PROJECTS.indexOf(p);

function needOfImport(specifier: string): TestProject {
  if (specifier.endsWith('fixtures/synthetic/build-site.ts')) return 'build';
  if (specifier.endsWith('helpers/browser.ts') || specifier === 'playwright-core') return 'browser';
  if (specifier.endsWith('helpers/dist.ts')) return 'dist';
  return 'unit';
}

/** String literals of the file that are a path to Astro's command line (a test that runs a build or dev server). */
function runsAstro(source: string): boolean {
  if (!source.includes('astro/bin/astro.mjs')) return false;
  const file = ts.createSourceFile('test.ts', source, ts.ScriptTarget.Latest, false);
  const visit = (node: ts.Node): boolean =>
    (ts.isStringLiteralLike(node) && node.text.endsWith('astro/bin/astro.mjs')) ||
    ts.forEachChild(node, visit) === true;
  return visit(file);
}

/** The lightest project a file can run in, from the helpers it really imports (not those it quotes). */
export function projectNeeded(source: string): TestProject {
  const needs: TestProject[] = ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => needOfImport(f.fileName));
  if (runsAstro(source)) needs.push('build');
  return needs.reduce<TestProject>((a, b) => (rank(b) > rank(a) ? b : a), 'unit');
}

/** Files in a folder lighter than they need, each as a message a contributor can act on. */
export function misplacedTests(files: readonly { path: string; source: string }[]): string[] {
  return files.flatMap(({ path, source }) => {
    const needed = projectNeeded(source);
    const actual = projectOfPath(path);
    if (rank(needed) <= rank(actual)) return [];
    return [
      `${path} needs the "${needed}" project (it imports or runs its helpers) but sits in a "${actual}" folder: move it under tests/${needed}/ (see tests/README.md).`,
    ];
  });
}
