import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffData } from '../../src/model/data-diff.ts';
import {
  dataReverts,
  dataTreesAt,
  firstParents,
  historyProblem,
  rawTablesAt,
} from '../../src/model/load-data-version.ts';
import { withoutReverted } from '../../src/reuse/data-history.ts';
import { gitIn } from '../helpers/history.ts';

// A throwaway repository with two commits to data/ (synthetic rows).
let root: string;
const git = gitIn;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'data-version-'));
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'data/geo'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'data/values.csv'), 'id,value,source_id\na,1,s\n');
  writeFileSync(join(repo, 'data/README.md'), 'docs\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'first');
  writeFileSync(join(repo, 'data/values.csv'), 'id,value,source_id\na,2,s\nb,3,s\n');
  writeFileSync(
    join(repo, 'data/geo/places.geojson'),
    '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p"},"geometry":null}]}',
  );
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'second');
  git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
  mkdirSync(join(root, 'plain'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('data history from git', () => {
  test('a full clone has its history; a shallow clone and a folder outside git say why not', () => {
    expect(historyProblem(join(root, 'repo/data'))).toBeNull();
    expect(historyProblem(join(root, 'shallow/data'))).toMatch(/shallow .* fetch-depth: 0/);
    expect(historyProblem(join(root, 'plain'))).toMatch(/not in a git checkout/);
  });

  test('reads every table at a ref and diffs a commit against its parent', () => {
    const dir = join(root, 'repo/data');
    const head = git(dir, 'rev-parse', 'HEAD');
    const parents = firstParents([head, git(dir, 'rev-parse', 'HEAD~1')], dir);
    const parent = parents.get(head) ?? null;
    expect(parent).toBe(git(dir, 'rev-parse', 'HEAD~1'));
    expect(parents.get(parent ?? '')).toBeNull();
    // data/ as a tree at each ref, as git names it; an unknown ref has none.
    const trees = dataTreesAt([head, parent ?? '', 'no-such-ref'], dir);
    expect(trees.get(head)).toBe(git(dir, 'rev-parse', 'HEAD:data'));
    expect(trees.get(parent ?? '')).toBe(git(dir, 'rev-parse', 'HEAD~1:data'));
    expect(trees.has('no-such-ref')).toBe(false);
    const before = rawTablesAt(parent ?? '', dir);
    const after = rawTablesAt(head, dir);
    expect(before).toEqual({ values: [{ id: 'a', value: '1', source_id: 's' }] });
    expect(Object.keys(after ?? {})).toEqual(['geo/places', 'values']);
    const diff = diffData(before ?? {}, after ?? {});
    expect(diff.rows.map((r) => `${r.table}:${r.kind}:${r.id}`)).toEqual([
      'geo/places:added:p',
      'values:added:b',
      'values:changed:a',
    ]);
  });

  test('an unknown ref reads as null, not as empty data', () => {
    expect(rawTablesAt('no-such-ref', join(root, 'repo/data'))).toBeNull();
  });
});

describe('reverted data changes', () => {
  const c = (commit: string) => ({ commit });

  test('a change and its revert both leave the changelog; the changes around them stay', () => {
    const changes = ['d', 'r', 'b', 'a'].map(c);
    expect(withoutReverted(changes, new Map([['r', 'b']])).map((x) => x.commit)).toEqual(['d', 'a']);
  });

  test('a revert of a revert keeps the change it restored', () => {
    const changes = ['r2', 'r1', 'a'].map(c);
    const reverts = new Map([
      ['r2', 'r1'],
      ['r1', 'a'],
    ]);
    expect(withoutReverted(changes, reverts).map((x) => x.commit)).toEqual(['a']);
  });

  test('git revert is found in the log of data/', () => {
    const repo = mkdtempSync(join(tmpdir(), 'data-revert-'));
    try {
      mkdirSync(join(repo, 'data'));
      git(repo, 'init', '-q', '-b', 'main');
      writeFileSync(join(repo, 'data/values.csv'), 'id,value\na,1\n');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'first');
      writeFileSync(join(repo, 'data/values.csv'), 'id,value\na,2\n');
      git(repo, 'commit', '-qam', 'made-up change');
      const bad = git(repo, 'rev-parse', 'HEAD');
      git(repo, 'revert', '--no-edit', 'HEAD');
      const revert = git(repo, 'rev-parse', 'HEAD');
      expect([...dataReverts(join(repo, 'data'))]).toEqual([[revert, bad]]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
