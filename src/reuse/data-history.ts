/**
 * The data's history as facts: for each commit that changed data/, what it added, changed and
 * removed and what on the site shows it. Built from the same diff as `npm run data-diff`, so the data
 * page's changelog, the feeds and a pull request's summary never disagree. Read once per build.
 */
import { type DataDiff, diffData, type RawTables } from '../model/data-diff.ts';
import {
  commitDates,
  type DataChange,
  dataChangelog,
  dataReverts,
  dataTreeAt,
  dataVersion,
  parentOf,
  rawTablesAt,
} from '../model/load-data-version.ts';
import { dataDependents } from './data-dependents.ts';

export interface DataHistoryEntry extends DataChange {
  readonly diff: DataDiff;
}

let cached: DataHistoryEntry[] | null = null;

/** Every commit that changed data/, newest first, with its diff against its parent. */
export function dataHistory(): DataHistoryEntry[] {
  if (cached) return cached;
  const dependents = dataDependents();
  // The data/ before one change is the data/ after the previous one: read each version once, by tree.
  const versions = new Map<string, RawTables>();
  const tablesAt = (commit: string): RawTables => {
    const tree = dataTreeAt(commit) ?? commit;
    const known = versions.get(tree);
    if (known) return known;
    const tables = rawTablesAt(commit) ?? {};
    versions.set(tree, tables);
    return tables;
  };
  cached = withoutReverted(dataChangelog(), dataReverts()).map((change) => {
    const parent = parentOf(change.commit);
    const before = parent ? tablesAt(parent) : {};
    const after = tablesAt(change.commit);
    return { ...change, diff: diffData(before, after, dependents) };
  });
  return cached;
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

/** The files that hold the story's text; its dates come from their commits and the data's. */
const STORY_FILES = [
  ':(literal)src/pages/[...lang]/index.astro',
  'src/components/story',
  'src/i18n/strings/story.ts',
  'src/i18n/strings/front.ts',
  'src/content/story',
];

/**
 * When the story was first published and last changed, from git: its text's first commit, and the
 * later of its text's and its data's last commits (its figures are the data). Null outside git.
 */
export function storyDates(): { published: string; modified: string } | null {
  const text = commitDates(STORY_FILES);
  if (!text) return null;
  const data = dataVersion().date;
  return { published: text.first, modified: data && data > text.last ? data : text.last };
}
