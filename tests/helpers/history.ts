import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { historyProblem } from '../../src/model/load-data-version.ts';

/**
 * Why the data history is missing (no git checkout, a shallow clone), or null when it is whole.
 * In CI a missing history is a failure, not a pass: CI checks out with fetch-depth 0, so the tests
 * of the changelog, the data version and the feeds would otherwise compare empty with empty.
 * Elsewhere (a tarball without .git) those tests are skipped, visibly.
 */
const HISTORY_PROBLEM = historyProblem();

if (HISTORY_PROBLEM && process.env.CI)
  throw new Error(`The data history is missing in CI: ${HISTORY_PROBLEM}`);

/** `test` when the history is there; a visible skip with the reason when it is not (outside CI). */
export const historyTest = HISTORY_PROBLEM ? test.skip : test;

/** Runs git in `cwd` as a fixed author, for throwaway repositories; returns its output, trimmed. */
export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  }).trim();
}

/** A new repository on branch `main` with an empty `data/` folder, in a fresh temporary folder. */
export function throwawayRepo(prefix: string): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'data'));
  gitIn(root, 'init', '-q', '-b', 'main');
  return { root, data: join(root, 'data') };
}
