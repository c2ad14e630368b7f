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

/** Every file under a folder, as sorted `/`-separated paths relative to it: `ru/villages/index.html`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

/** Every HTML page of the build, as site paths like `ru/villages/index.html`. */
export function distPages(dir = DIST): string[] {
  return filesUnder(dir).filter((name) => name.endsWith('.html'));
}
