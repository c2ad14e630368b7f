/**
 * File snapshots for chart SVGs, as Plot's own suite keeps them: committed under tests/output/,
 * a mismatch writes `<name>-changed.svg` beside the snapshot for review (git ignores it), and CI
 * never creates a missing snapshot: it fails instead, so nothing is accepted unseen.
 * To accept a change, review the -changed file, then move it over the snapshot.
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

export type SnapshotResult = 'matched' | 'created' | 'changed' | 'missing';

export function compareSnapshot(name: string, actual: string): SnapshotResult {
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') return 'missing';
    writeFileSync(file, actual);
    return 'created';
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return 'matched';
  }
  writeFileSync(changed, actual);
  return 'changed';
}
