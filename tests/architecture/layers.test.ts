/**
 * Charts, map specs and model code are functions of their arguments: the environment, the file
 * system and git enter only at the edge, in the loaders (`src/model/load-*.ts`), the integrations
 * and the pages. This keeps charts testable on fixtures and lets the same code publish another region.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const PURE = ['charts', 'map', 'model'];
/** Loaders are the model's edge: they read DATA_DIR, DATA_REGION, data/ and git for everyone else. */
const isLoader = (file: string) => /^model\/load-[\w-]+\.ts$/.test(file);
/**
 * Vite writes PUBLIC_ build settings into client code at build time; the optional tile layer is one.
 * The browser has no environment to read, so this is configuration, not an edge leak.
 */
const CLIENT_BUILD_SETTINGS = new Set(['map/leaflet-view.ts']);

const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['reads the environment', /\bprocess\.env\b/],
  ['reads files', /from ['"](node:)?fs(\/promises)?['"]|require\(['"](node:)?fs['"]\)/],
  ['runs programs', /from ['"](node:)?child_process['"]/],
  ['reads the working directory', /\bprocess\.cwd\(/],
];

const files = PURE.flatMap((dir) =>
  readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f.split('\\').join('/')}`),
);

describe('charts, map and model code take what they need as arguments', () => {
  test('the layers hold files to check', () => {
    expect(files).toContain('charts/villages-map.ts');
    expect(files).toContain('model/queries.ts');
    expect(files.filter(isLoader)).toEqual(['model/load-data-version.ts', 'model/load-model.ts']);
  });

  test.each(files.filter((f) => !isLoader(f)))('%s reads no environment, files or git', (file) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    const found = FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
    if (!CLIENT_BUILD_SETTINGS.has(file) && /\bimport\.meta\.env\b/.test(source))
      found.push('reads build settings');
    expect(found).toEqual([]);
  });

  test('the check itself finds a leak', () => {
    const leaky = "import { readFileSync } from 'node:fs';\nconst r = process.env.DATA_REGION;";
    expect(FORBIDDEN.filter(([, p]) => p.test(leaky)).map(([w]) => w)).toEqual([
      'reads the environment',
      'reads files',
    ]);
  });
});
