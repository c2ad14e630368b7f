/**
 * Four test projects, from seconds to minutes:
 *
 * - `unit`: pure code on fixtures and data/; no build, no browser (`npm run test:unit`).
 * - `dist`: reads the built site in dist/.
 * - `browser`: drives Debian's Chromium, mostly over dist/.
 * - `build`: builds whole sites of its own (reproducible, hostile data, build stops, fixture sites).
 *
 * `dist`, `browser` and `build` share one global setup that builds the site once when dist/ is missing or
 * stale (tests/setup/built-site.ts). A file's project follows from the helpers it imports, so a new
 * test file needs no edit here; see tests/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { projectOf, TEST_PROJECTS } from './tests/setup/projects.ts';

// Fixed zone and locale so formatted dates and numbers, and so the snapshots, are the same everywhere.
process.env.TZ = 'UTC';

const testFiles = readdirSync('tests', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests', f).split('\\').join('/'))
  .sort();
const filesOf = (project: string) => testFiles.filter((f) => projectOf(readFileSync(f, 'utf8')) === project);

const SITE_SETUP = ['tests/setup/built-site.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    projects: TEST_PROJECTS.map((name) => ({
      extends: true,
      test: {
        name,
        // An empty list would fall back to Vitest's default globs; a pattern that matches nothing does not.
        include: filesOf(name).length > 0 ? filesOf(name) : [`tests/__no_${name}_tests__`],
        globalSetup: name === 'unit' ? [] : SITE_SETUP,
        // Type tests (`*.test-d.ts`, `expectTypeOf`) run through tsc: at run time they would assert nothing.
        typecheck:
          name === 'unit'
            ? { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.typecheck.json' }
            : { enabled: false },
        // Timeouts catch hangs, not slowness: a loaded 2-core runner runs the projects side by side.
        testTimeout: name === 'build' ? 240_000 : 60_000,
      },
    })),
  },
});
