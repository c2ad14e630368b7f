/**
 * File snapshots for chart SVGs, as Plot's own suite keeps them: committed under tests/output/.
 * A mismatch or a missing snapshot writes `<name>-changed.svg` beside it for review (git ignores it)
 * and fails, on every machine, so nothing is accepted unseen. To accept, review the -changed file and
 * move it over the snapshot, or run the tests with UPDATE_SNAPSHOTS=1, which writes every new and
 * changed snapshot in place (then review `git diff tests/output`).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const OUTPUT = resolve(import.meta.dirname, '../output');

/** Tags that must stay on their line: a line break inside <text> would become a space. */
const INLINE = /^<(tspan|\/tspan|\/text)\b/;

/** One element per line, so a changed snapshot diffs readably; text inside <text> stays intact. */
export function prettySvg(svg: string): string {
  const broken = svg.replace(/></g, (m, offset: number) =>
    INLINE.test(svg.slice(offset + 1, offset + 9)) ? m : '>\n<',
  );
  return `${broken}\n`;
}

export type SnapshotResult = 'matched' | 'created' | 'updated' | 'changed' | 'missing';

/** Whether this run may write snapshots: only when asked, never in CI. */
export const updating = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.UPDATE_SNAPSHOTS === '1' && env.CI !== 'true';

export function compareSnapshot(
  name: string,
  actual: string,
  options: { dir?: string; update?: boolean } = {},
): SnapshotResult {
  const dir = options.dir ?? OUTPUT;
  const update = options.update ?? updating();
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const exists = existsSync(file);
  if (exists && readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return 'matched';
  }
  if (update) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return exists ? 'updated' : 'created';
  }
  writeFileSync(changed, actual);
  return exists ? 'changed' : 'missing';
}
