import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Tests of the built site read `dist/`; `npm test` builds it first. */
export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run npm run build before these tests (npm test does).`);
  return readFileSync(file, 'utf8');
}

/** Every HTML page of the build, as site paths like `ru/villages/index.html`. */
export function distPages(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return distPages(full, `${prefix}${name}/`);
    return name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}
