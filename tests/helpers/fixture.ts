import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatIssue } from '../../src/data/issues.ts';
import { type LoadResult, loadDataset } from '../../src/data/load.ts';

export const VALID_FIXTURE = resolve(import.meta.dirname, '../fixtures/valid');

export type Edit = (text: string) => string | Uint8Array;

/** A copy of the valid synthetic dataset with some files changed, loaded through the validator. */
export function loadMutated(edits: Readonly<Record<string, Edit>>): LoadResult & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dz-data-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return { ...loadDataset(dir), dir };
}

/** Formatted issues of one severity, for exact-message assertions. */
export function messages(result: LoadResult, severity: 'error' | 'warning' = 'error'): string[] {
  return result.issues.filter((i) => i.severity === severity).map(formatIssue);
}

/** Replaces the n-th line (1-based) of a text. */
export const replaceLine =
  (n: number, line: string): Edit =>
  (text) => {
    const lines = text.split('\n');
    lines[n - 1] = line;
    return lines.join('\n');
  };

export const replace =
  (from: string, to: string): Edit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`fixture does not contain ${from}`);
    return text.replace(from, to);
  };
