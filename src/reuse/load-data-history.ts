/**
 * The data's history as facts: for each commit that changed data/, what it added, changed and
 * removed and what on the site shows it. Built from the same diff as `npm run data-diff`, so the data
 * page's changelog, the feeds and a pull request's summary never disagree. A loader (it runs git
 * through `load-data-version.ts`): pages call it. Read once per build.
 */
import { diffData, type RawTables } from '../model/data-diff.ts';
import { dataDir } from '../model/load-data-dir.ts';
import {
  commitDates,
  dataChangelog,
  dataReverts,
  dataTreesAt,
  dataVersion,
  firstParents,
  rawTablesAt,
} from '../model/load-data-version.ts';
import { dataDependents } from './data-dependents.ts';
import { type DataHistoryEntry, withoutReverted } from './data-history.ts';

let cached: DataHistoryEntry[] | null = null;

/**
 * Every commit that changed data/ on the first-parent line, newest first, with its diff against its
 * first parent: over the list, each row change is counted once. `dir`: another data folder (tests).
 */
export function dataHistory(dir = dataDir()): DataHistoryEntry[] {
  if (cached && dir === dataDir()) return cached;
  const dependents = dataDependents();
  const changes = withoutReverted(dataChangelog(dir), dataReverts(dir));
  const parents = firstParents(
    changes.map((c) => c.commit),
    dir,
  );
  const trees = dataTreesAt(
    [...changes.map((c) => c.commit), ...[...parents.values()].filter((p) => p !== null)],
    dir,
  );
  // The data/ before one change is the data/ after the previous one: read each version once, by tree.
  const versions = new Map<string, RawTables>();
  const tablesAt = (commit: string): RawTables => {
    const tree = trees.get(commit) ?? commit;
    const known = versions.get(tree);
    if (known) return known;
    const tables = rawTablesAt(commit, dir) ?? {};
    versions.set(tree, tables);
    return tables;
  };
  const history = changes.map((change) => {
    const parent = parents.get(change.commit) ?? null;
    const before = parent ? tablesAt(parent) : {};
    const after = tablesAt(change.commit);
    return { ...change, diff: diffData(before, after, dependents) };
  });
  if (dir === dataDir()) cached = history;
  return history;
}

/** The files that hold the story's text; its dates come from their commits and the data's. */
const STORY_FILES = [
  ':(literal)src/pages/[...lang]/index.astro',
  'src/components/story',
  'src/content/story',
  // Where its interface text lived before src/i18n/locales/ (which holds every page's text, so an edit
  // there is not a change to the story): their history still dates its first publication.
  'src/i18n/strings/story.ts',
  'src/i18n/strings/front.ts',
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
