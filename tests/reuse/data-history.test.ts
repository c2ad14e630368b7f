/**
 * The changelog and the feeds add up: over all entries of the data history, the rows added minus the
 * rows removed in each file equal the rows the file holds now, also when a branch that changed data/
 * is merged beside changes on main (a merge diffs against its first parent; its branch's own commits
 * are not listed again).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRawCsv } from '../../src/model/raw-tables.ts';
import type { DataHistoryEntry } from '../../src/reuse/data-history.ts';
import { dataHistory } from '../../src/reuse/load-data-history.ts';
import { gitIn, throwawayRepo } from '../helpers/history.ts';

let repo: { root: string; data: string };
let history: DataHistoryEntry[];
const write = (file: string, text: string) => writeFileSync(join(repo.data, file), text);
const commit = (message: string) => {
  gitIn(repo.root, 'add', '-A');
  gitIn(repo.root, 'commit', '-qm', message);
};

beforeAll(() => {
  repo = throwawayRepo('data-history-');
  write('villages.csv', 'id,name\nv1,One\nv2,Two\n');
  commit('two villages');
  gitIn(repo.root, 'checkout', '-q', '-b', 'more-villages');
  write('villages.csv', 'id,name\nv1,One\nv2,Two\nv3,Three\n');
  commit('a third village, on a branch');
  write('villages.csv', 'id,name\nv1,One!\nv2,Two\nv3,Three\nv4,Four\n');
  commit('a fourth village and a spelling, on the branch');
  gitIn(repo.root, 'checkout', '-q', 'main');
  write('sources.csv', 'id,title\ns1,Article\n');
  commit('a source, on main');
  gitIn(repo.root, 'merge', '-q', '--no-ff', 'more-villages', '-m', 'merge the villages');
  write('villages.csv', 'id,name\nv1,One!\nv3,Three\nv4,Four\n');
  commit('a village removed');
  history = dataHistory(repo.data);
});
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

describe('the data history of a repository with a merge', () => {
  test('lists the commits of main, the merge standing for its branch', () => {
    expect(history.map((e) => e.message)).toEqual([
      'a village removed',
      'merge the villages',
      'a source, on main',
      'two villages',
    ]);
  });

  test.each(['villages', 'sources'])('rows added minus removed in %s.csv equal its rows now', (table) => {
    const now = parseRawCsv(readFileSync(join(repo.data, `${table}.csv`), 'utf8')).length;
    const own = history.flatMap((e) => e.diff.tables.filter((t) => t.table === table));
    expect(own.reduce((sum, t) => sum + t.added - t.removed, 0)).toBe(now);
  });

  test('each row change is counted once: the branch’s two added villages and one spelling', () => {
    const rows = history.flatMap((e) => e.diff.rows.map((r) => `${r.kind}:${r.table}:${r.id}`));
    expect(rows.sort()).toEqual([
      'added:sources:s1',
      'added:villages:v1',
      'added:villages:v2',
      'added:villages:v3',
      'added:villages:v4',
      'changed:villages:v1',
      'removed:villages:v2',
    ]);
  });
});
