/**
 * Two builds of the same commit give byte-identical output: no clock, path or machine detail leaks
 * into dist/. The test rebuilds elsewhere and compares the result with dist/ file by file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { DIST, filesUnder } from '../helpers/dist.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function digest(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

test('a second build of the same commit is byte-identical to dist/', { timeout: 240_000 }, () => {
  // Built from a private copy of the project in another folder, in another time zone: neither may show.
  const second = buildSite({ TZ: 'Asia/Almaty' }).outDir;
  const a = digest(DIST);
  const b = digest(second);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  // The build machine's paths must not leak into what is published.
  for (const file of a.keys()) {
    if (!/\.(html|js|css|json|csv|svg|txt)$/.test(file)) continue;
    const text = readFileSync(join(DIST, file), 'utf8');
    expect(text.includes(ROOT), file).toBe(false);
  }
});
