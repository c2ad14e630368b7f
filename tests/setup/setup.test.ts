import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceStamp } from '../../src/integrations/build-stamp.ts';
import { misplacedTests, projectNeeded, projectOfPath } from './projects.ts';

const TESTS = resolve(import.meta.dirname, '..');

describe('the build stamp that tells a fresh dist/ from a stale one', () => {
  const root = mkdtempSync(join(tmpdir(), 'dz-stamp-'));
  const data = join(root, 'data');
  mkdirSync(join(root, 'src/charts'), { recursive: true });
  mkdirSync(data);
  writeFileSync(join(root, 'src/charts/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(data, 'villages.csv'), 'id\nv1\n');
  const env = { SITE_URL: 'https://example.org' };
  const first = sourceStamp(root, data, env);

  test('is the same for the same sources, whatever the time zone', () => {
    expect(sourceStamp(root, data, { ...env, TZ: 'Asia/Almaty' })).toBe(first);
  });

  test('changes when a source file, the config, the data or a build setting changes', () => {
    const changed = (edit: () => void, undo: () => void, e = env) => {
      edit();
      const stamp = sourceStamp(root, data, e);
      undo();
      return stamp;
    };
    const src = join(root, 'src/charts/a.ts');
    expect(
      changed(
        () => writeFileSync(src, 'export const a = 2;\n'),
        () => writeFileSync(src, 'export const a = 1;\n'),
      ),
    ).not.toBe(first);
    const config = join(root, 'astro.config.mjs');
    expect(
      changed(
        () => writeFileSync(config, '//\n'),
        () => writeFileSync(config, 'export default {};\n'),
      ),
    ).not.toBe(first);
    const csv = join(data, 'villages.csv');
    expect(
      changed(
        () => writeFileSync(csv, 'id\nv2\n'),
        () => writeFileSync(csv, 'id\nv1\n'),
      ),
    ).not.toBe(first);
    expect(sourceStamp(root, data, { ...env, DATA_REGION: 'other' })).not.toBe(first);
    expect(sourceStamp(root, data, env)).toBe(first);
  });
});

describe('a test file runs in the project of its folder, and a misplaced one is named', () => {
  test.each([
    ['tests/dist/site/links.test.ts', 'dist'],
    ['tests/browser/pages.test.ts', 'browser'],
    ['tests/build/reproducible.test.ts', 'build'],
    ['tests/data/real-data.test.ts', 'unit'],
    ['tests/map/dist-like-name.test.ts', 'unit'],
  ])('%s → %s', (path, project) => {
    expect(projectOfPath(path)).toBe(project);
  });

  test.each([
    ["import { buildSite } from '../fixtures/synthetic/build-site.ts';", 'build'],
    ["execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);", 'build'],
    [
      "import { openSite } from '../helpers/browser.ts';\nimport { readDist } from '../helpers/dist.ts';",
      'browser',
    ],
    ["import { chromium } from 'playwright-core';", 'browser'],
    ["const { readDist } = await import('../../helpers/dist.ts');", 'dist'],
    ["import { buildModel } from '../../src/model/build-model.ts';", 'unit'],
    // Quoted, not imported: a table like this one needs nothing.
    [
      `const cases = ["import { openSite } from '../helpers/browser.ts';", "['node_modules/astro/bin/astro.mjs']"];`,
      'unit',
    ],
  ])('%s needs %s', (source, project) => {
    expect(projectNeeded(source)).toBe(project);
  });

  test('a file that needs a heavier project than its folder is named, with where to move it', () => {
    const browser = "import { openSite } from '../helpers/browser.ts';";
    expect(
      misplacedTests([
        { path: 'tests/site/new.test.ts', source: browser },
        { path: 'tests/dist/new.test.ts', source: browser },
        { path: 'tests/browser/new.test.ts', source: browser },
        { path: 'tests/build/new.test.ts', source: "import { readDist } from '../helpers/dist.ts';" },
      ]),
    ).toEqual([
      'tests/site/new.test.ts needs the "browser" project (it imports or runs its helpers) but sits in a "unit" folder: move it under tests/browser/ (see tests/README.md).',
      'tests/dist/new.test.ts needs the "browser" project (it imports or runs its helpers) but sits in a "dist" folder: move it under tests/browser/ (see tests/README.md).',
    ]);
  });

  test('every test file of this repository is in a folder that can run it', () => {
    const files = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => ({
        path: `tests/${f.split(sep).join('/')}`,
        source: readFileSync(join(TESTS, f), 'utf8'),
      }));
    expect(files.filter((f) => projectOfPath(f.path) !== 'unit').length).toBeGreaterThan(10);
    expect(misplacedTests(files)).toEqual([]);
  });
});
