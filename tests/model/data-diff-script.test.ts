/** `npm run data-diff` end to end, on a throwaway repository with synthetic data (not the real data/). */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gitIn, throwawayRepo } from '../helpers/history.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let repo: string;
const git = (...args: string[]) => gitIn(repo, ...args);

beforeAll(() => {
  repo = throwawayRepo('data-diff-script-').root;
  writeFileSync(join(repo, 'data/sources.csv'), 'id,title,url\ns1,Paper,https://example.org/p\n');
  writeFileSync(join(repo, 'data/values.csv'), 'id,value,source_id\nx,26,s1\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  // The working tree changes one figure and adds a documentation file.
  writeFileSync(join(repo, 'data/values.csv'), 'id,value,source_id\nx,27,s1\n');
  writeFileSync(join(repo, 'data/NOTES.md'), 'notes\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/data-diff.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: join(repo, 'data') },
    encoding: 'utf8',
  });

test('prints the changed cell with its source, other changed files, and why charts were not compared', () => {
  const { stdout, status } = run('main');
  expect(status).toBe(0);
  expect(stdout).toContain('| `data/values.csv` | 0 | 1 | 0 |');
  expect(stdout).toContain('- `x`: `value`: `26` → `27`. Sources: `s1` ([Paper](https://example.org/p)).');
  expect(stdout).toMatch(
    /Not compared: the changed data does not validate \(\d+ error\(s\)\): run npm run validate/,
  );
  expect(stdout).toContain('`data/NOTES.md`');
});

test('an unknown ref stops with a clear message, not a stack trace', () => {
  const { stderr, status } = run('origin/no-such-branch');
  expect(status).toBe(2);
  expect(stderr).toContain('Cannot read data/ at "origin/no-such-branch"');
  expect(stderr).not.toMatch(/\n\s+at /);
});
