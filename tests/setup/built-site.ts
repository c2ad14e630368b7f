/**
 * Global setup of the `dist` and `browser` projects: the site is built once, and only when dist/ is
 * missing or stale. Stale means its build stamp (kept in node_modules/.cache, not in dist/) differs from a stamp of today's sources, data,
 * config and installed packages (src/integrations/build-stamp.ts), so a test never passes on the
 * output of older code. `npm test` builds first, so there this only checks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sourceStamp, stampFile } from '../../src/integrations/build-stamp.ts';
import { dataDir } from '../../src/model/load-model.ts';
import { buildEnv } from '../helpers/build-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** Why dist/ cannot be trusted, or null when it was built from exactly what is here now. */
export function staleReason(): string | null {
  const stamp = stampFile(ROOT, DIST);
  if (!existsSync(stamp) || !existsSync(join(DIST, 'index.html')))
    return 'dist/ has no build stamp (never built, or built before stamps)';
  const built = readFileSync(stamp, 'utf8').trim();
  return built === sourceStamp(ROOT, dataDir()) ? null : 'dist/ was built from other sources or data';
}

export default function setup(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`${reason}: building the site once for the tests…`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: buildEnv({}),
  });
  const after = staleReason();
  if (after) throw new Error(`the build did not produce a fresh dist/: ${after}`);
}
