/**
 * The version of the published data: the last git commit that touched data/, with its date. A
 * loader (it runs git), like load-model.ts: pages call it, charts and model code never do.
 * Taken from git, never from the clock, so two builds of one commit are byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { dataDir } from './load-model.ts';

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

function git(args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: dataDir(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
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

/** Every commit that changed data/, newest first, for the data changelog. */
export function dataChangelog(): DataChange[] {
  const out = git([
    'log',
    '--format=%x1e%H%x09%cd%x09%s',
    '--date=format-local:%Y-%m-%d',
    '--name-only',
    '--',
    '.',
  ]);
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
