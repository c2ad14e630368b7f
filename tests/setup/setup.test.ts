import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceStamp } from '../../src/integrations/build-stamp.ts';
import { projectOf } from './projects.ts';

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

describe('the test project of a file follows the heaviest helper it imports', () => {
  test.each([
    ["import { buildSite } from '../fixtures/synthetic/build-site.ts';", 'build'],
    ["execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'])", 'build'],
    [
      "import { openSite } from '../helpers/browser.ts';\nimport { readDist } from '../helpers/dist.ts';",
      'browser',
    ],
    ["import { chromium } from 'playwright-core';", 'browser'],
    ["import { readDist } from '../helpers/dist.ts';", 'dist'],
    ["import { buildModel } from '../../src/model/build-model.ts';", 'unit'],
  ])('%s → %s', (source, project) => {
    expect(projectOf(source)).toBe(project);
  });
});
