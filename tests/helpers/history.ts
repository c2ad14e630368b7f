import { test } from 'vitest';
import { historyProblem } from '../../src/model/load-data-version.ts';

/**
 * Why the data history is missing (no git checkout, a shallow clone), or null when it is whole.
 * In CI a missing history is a failure, not a pass: CI checks out with fetch-depth 0, so the tests
 * of the changelog, the data version and the feeds would otherwise compare empty with empty.
 * Elsewhere (a tarball without .git) those tests are skipped, visibly.
 */
export const HISTORY_PROBLEM = historyProblem();

if (HISTORY_PROBLEM && process.env.CI)
  throw new Error(`The data history is missing in CI: ${HISTORY_PROBLEM}`);

/** `test` when the history is there; a visible skip with the reason when it is not (outside CI). */
export const historyTest = HISTORY_PROBLEM ? test.skip : test;
