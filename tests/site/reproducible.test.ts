/**
 * Two builds of the same commit give byte-identical output: no clock, path or machine detail leaks
 * into dist/. The test rebuilds elsewhere and compares the result with dist/ file by file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { DIST } from '../helpers/dist.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
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
