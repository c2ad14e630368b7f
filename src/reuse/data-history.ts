/**
 * Which data commits the changelog and the feeds list, and what an entry holds. Pure:
 * `load-data-history.ts` reads git and calls it.
 */
import type { DataDiff } from '../model/data-diff.ts';
import type { DataChange } from '../model/load-data-version.ts';

export interface DataHistoryEntry extends DataChange {
  readonly diff: DataDiff;
}

/**
 * A change that a later commit reverted never reached readers as it stands in the log, so the
 * changelog and the feeds leave out both it and its revert; the diffs of the commits around them are
 * unchanged, as each is taken against its own parent.
 */
export function withoutReverted<T extends { readonly commit: string }>(
  changes: readonly T[],
  /** Revert → reverted commit, newest revert first (as `git log` lists them). */
  reverts: ReadonlyMap<string, string>,
): T[] {
  const listed = new Set(changes.map((c) => c.commit));
  const dropped = new Set<string>();
  // Newest revert first: a revert of a revert cancels that revert, and the change it restored stays.
  for (const [revert, reverted] of reverts)
    if (listed.has(revert) && listed.has(reverted) && !dropped.has(revert) && !dropped.has(reverted)) {
      dropped.add(revert);
      dropped.add(reverted);
    }
  return changes.filter((c) => !dropped.has(c.commit));
}
