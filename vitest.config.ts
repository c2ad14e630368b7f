/**
 * Four test projects, from seconds to minutes, one folder each (tests/setup/projects.ts):
 *
 * - `unit`: every test outside the three folders below: pure code on fixtures and data/; no build, no
 *   browser (`npm run test:unit`).
 * - `dist` (`tests/dist/`): reads the built site in dist/.
 * - `browser` (`tests/browser/`): drives Debian's Chromium over dist/.
 * - `build` (`tests/build/`): builds or serves whole sites of its own (reproducible, hostile data, build
 *   stops, fixture sites).
 *
 * `dist`, `browser` and `build` share one global setup that builds the site once when dist/ is missing or
 * stale (tests/setup/built-site.ts). A file that imports a helper heavier than its folder allows stops
 * the run before any test starts; see tests/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { HEAVY_FOLDERS, misplacedTests, TEST_PROJECTS, type TestProject } from './tests/setup/projects.ts';

// Fixed zone and locale so formatted dates and numbers, and so the snapshots, are the same everywhere.
process.env.TZ = 'UTC';

const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests', f).split('\\').join('/'));
const misplaced = misplacedTests(testFiles.map((path) => ({ path, source: readFileSync(path, 'utf8') })));
if (misplaced.length > 0) throw new Error(`Test files in the wrong folder:\n${misplaced.join('\n')}`);

const SITE_SETUP = ['tests/setup/built-site.ts'];
/** The built site for all but `unit`, and one shared Chromium for the projects that drive it. */
const GLOBAL_SETUP: Record<TestProject, string[]> = {
  unit: [],
  dist: SITE_SETUP,
  browser: [...SITE_SETUP, 'tests/setup/chromium-server.ts'],
  build: [...SITE_SETUP, 'tests/setup/chromium-server.ts'],
};

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default is one worker less than the cores: one on a 2-core box, so every file ran after
    // the other. Two let a build (mostly one core) run beside a browser file (mostly waiting on Chromium).
    maxWorkers: 2,
    projects: TEST_PROJECTS.map((name) => ({
      extends: true,
      test: {
        name,
        include: name === 'unit' ? ['tests/**/*.test.ts'] : [`tests/${name}/**/*.test.ts`],
        exclude:
          name === 'unit'
            ? [...configDefaults.exclude, ...HEAVY_FOLDERS.map((f) => `tests/${f}/**`)]
            : configDefaults.exclude,
        globalSetup: GLOBAL_SETUP[name],
        // Files share a worker's module cache instead of importing src/, Playwright and linkedom afresh
        // each (a third of the unit files' time): no module keeps state a test changes, and each test
        // file still runs from the start with its own browser contexts and fixture folders.
        isolate: false,
        // Type tests (`*.test-d.ts`, `expectTypeOf`) run through tsc: at run time they would assert nothing.
        typecheck:
          name === 'unit'
            ? { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.typecheck.json' }
            : { enabled: false },
        // Browser files run their `test.concurrent` pages this many at a time, each in its own context.
        maxConcurrency: 3,
        // Timeouts catch hangs, not slowness: a loaded 2-core runner runs the projects side by side.
        testTimeout: name === 'build' ? 240_000 : 60_000,
      },
    })),
  },
});
