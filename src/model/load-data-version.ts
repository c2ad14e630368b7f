/**
 * The version of the published data: the last git commit that touched data/, with its date. A
 * loader (it runs git), like load-model.ts: pages call it, charts and model code never do.
 * Taken from git, never from the clock, so two builds of one commit are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import type { RawRow, RawTables } from './data-diff.ts';
import { dataDir } from './load-data-dir.ts';
import { parseRawFile, tableName } from './raw-tables.ts';

export interface DataVersion {
  /** Full commit hash, or null outside a git checkout. */
  readonly commit: string | null;
  /** First 7 characters of the hash, for display. */
  readonly short: string | null;
  /** Commit date as YYYY-MM-DD (UTC), or null. */
  readonly date: string | null;
}

export interface DataChange {
  readonly commit: string;
  readonly date: string;
  readonly message: string;
  readonly files: readonly string[];
}

/** git's output, trimmed, or null when git fails; `input` goes to its standard input (batch modes). */
function git(args: readonly string[], cwd = dataDir(), input?: string): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      input,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
      env: { ...process.env, TZ: 'UTC' },
    }).trim();
  } catch {
    return null;
  }
}

let cachedVersion: DataVersion | null = null;

export function dataVersion(): DataVersion {
  if (cachedVersion) return cachedVersion;
  const out = git(['log', '-1', '--format=%H%x09%cd', '--date=format-local:%Y-%m-%d', '--', '.']);
  const [commit, date] = out ? out.split('\t') : [];
  cachedVersion = { commit: commit || null, short: commit ? commit.slice(0, 7) : null, date: date || null };
  return cachedVersion;
}

/**
 * Every commit that changed data/ along the first-parent line (the commits of main itself, a merge
 * standing for its whole branch), newest first, for the data changelog. Each is diffed against its
 * first parent, so a row a branch added is counted once, in the merge, and never again in the branch's
 * own commits; `git log` without `--first-parent` would count it in both.
 */
export function dataChangelog(dir = dataDir()): DataChange[] {
  const out = git(
    [
      'log',
      '--first-parent',
      '--format=%x1e%H%x09%cd%x09%s',
      '--date=format-local:%Y-%m-%d',
      '--name-only',
      '--',
      '.',
    ],
    dir,
  );
  if (!out) return [];
  return out
    .split('\x1e')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [head = '', ...files] = chunk.trim().split('\n');
      const [commit = '', date = '', message = ''] = head.split('\t');
      return { commit, date, message, files: files.filter((f) => f.trim() !== '') };
    });
}

/**
 * Commits that revert an earlier commit to data/, as git writes them ("This reverts commit <hash>."):
 * each revert's full hash mapped to the hash it reverts. Empty outside git.
 */
export function dataReverts(dir = dataDir()): ReadonlyMap<string, string> {
  const out = git(['log', '--format=%x1e%H%x1f%b', '--', '.'], dir);
  const reverts = new Map<string, string>();
  for (const chunk of (out ?? '').split('\x1e')) {
    const [commit = '', body = ''] = chunk.split('\x1f');
    const reverted = /This reverts commit ([0-9a-f]{40})/.exec(body)?.[1];
    if (commit.trim() && reverted) reverts.set(commit.trim(), reverted);
  }
  return reverts;
}

/**
 * Why the data history is incomplete, or null when it is whole: no git checkout, or a shallow clone
 * whose oldest commit cuts the history of data/ short. CI checks out with `fetch-depth: 0`, and the
 * tests fail with this message there rather than pass on an empty changelog.
 */
export function historyProblem(dir = dataDir()): string | null {
  if (git(['rev-parse', '--is-inside-work-tree'], dir) !== 'true')
    return `${dir} is not in a git checkout, so the data changelog and version are empty.`;
  if (git(['rev-parse', '--is-shallow-repository'], dir) === 'true')
    return 'this is a shallow git clone, so the data changelog is cut short: run `git fetch --unshallow` (in CI, check out with fetch-depth: 0).';
  if (!git(['log', '-1', '--format=%H', '--', '.'], dir)) return `no commit in this checkout touches ${dir}.`;
  return null;
}

/** The CSV and GeoJSON files of data/ as raw rows at a git ref (a commit, a branch, `origin/main`). */
export function rawTablesAt(ref: string, dir = dataDir()): RawTables | null {
  // `<mode> blob <hash>\t<path>` per file, paths relative to dir.
  const listing = git(['ls-tree', '-r', ref, '--', '.'], dir);
  if (listing === null) return null;
  const files = listing
    .split('\n')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line))
    .flatMap((m) => (m?.[1] && m[2] && tableName(m[2]) ? [{ hash: m[1], path: m[2] }] : []));
  if (files.length === 0) return {};
  // One git process reads every blob, instead of one per file: the history of data/ is read at each build.
  let out: Buffer;
  try {
    out = execFileSync('git', ['cat-file', '--batch'], {
      cwd: dir,
      input: `${files.map((f) => f.hash).join('\n')}\n`,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
  const tables: Record<string, RawRow[]> = {};
  let at = 0;
  for (const file of files) {
    const headerEnd = out.indexOf(10, at);
    const size = Number(out.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
    if (!Number.isFinite(size)) return null;
    const text = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
    at = headerEnd + 1 + size + 1;
    tables[tableName(file.path) ?? file.path] = parseRawFile(file.path, text);
  }
  return tables;
}

/**
 * The first parent of each commit, from one git process (a build reads the whole history of data/,
 * and a process per commit was most of its git time): null for the first commit of the history.
 */
export function firstParents(
  commits: readonly string[],
  dir = dataDir(),
): ReadonlyMap<string, string | null> {
  const parents = new Map<string, string | null>();
  if (commits.length === 0) return parents;
  const out = git(['log', '--no-walk=unsorted', '--format=%H %P', ...commits], dir) ?? '';
  for (const line of out.split('\n')) {
    const [commit, parent] = line.trim().split(' ');
    if (commit) parents.set(commit, parent || null);
  }
  return parents;
}

const datesCache = new Map<string, { first: string; last: string } | null>();

/**
 * The first and last commit dates (YYYY-MM-DD, UTC) of files in the repository that holds data/, for a
 * page's "published" and "modified" dates. Paths are relative to that repository's root (not the
 * working directory, so a build from a copy of the project reads the same history); null outside git.
 */
export function commitDates(
  paths: readonly string[],
  dir = dataDir(),
): { first: string; last: string } | null {
  // Every page and feed of a build asks for the same files' dates: one git log per build.
  const key = `${dir}\n${paths.join('\n')}`;
  if (!datesCache.has(key)) datesCache.set(key, readCommitDates(paths, dir));
  return datesCache.get(key) ?? null;
}

function readCommitDates(paths: readonly string[], dir: string): { first: string; last: string } | null {
  const root = git(['rev-parse', '--show-toplevel'], dir);
  if (!root) return null;
  const out = git(['log', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', ...paths], root);
  const dates = out ? out.split('\n').filter((d) => d !== '') : [];
  if (dates.length === 0) return null;
  return { first: dates[dates.length - 1] ?? '', last: dates[0] ?? '' };
}

/**
 * The hash of data/ as a tree at each ref, from one git process: equal for two refs whose data/ is
 * the same; missing where the ref is unknown or data/ did not exist.
 */
export function dataTreesAt(refs: readonly string[], dir = dataDir()): ReadonlyMap<string, string> {
  const trees = new Map<string, string>();
  const prefix = git(['rev-parse', '--show-prefix'], dir);
  if (prefix === null || refs.length === 0) return trees;
  const path = prefix.replace(/\/$/, '');
  const names = refs.map((ref) => (path ? `${ref}:${path}` : `${ref}^{tree}`));
  const out = git(['cat-file', '--batch-check'], dir, `${names.join('\n')}\n`);
  // One line per ref, in order: `<hash> tree <size>`, or `<name> missing`.
  out?.split('\n').forEach((line, i) => {
    const [hash, type] = line.split(' ');
    const ref = refs[i];
    if (ref && hash && type === 'tree') trees.set(ref, hash);
  });
  return trees;
}
