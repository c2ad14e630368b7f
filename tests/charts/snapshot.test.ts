import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compareSnapshot, updating } from './snapshot.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'dz-snap-'));

test('a missing snapshot fails and leaves the new output for review, unless updating', () => {
  const dir = fresh();
  expect(compareSnapshot('a', '<svg/>\n', { dir, update: false })).toBe('missing');
  expect(existsSync(join(dir, 'a.svg'))).toBe(false);
  expect(readFileSync(join(dir, 'a-changed.svg'), 'utf8')).toBe('<svg/>\n');
  expect(compareSnapshot('a', '<svg/>\n', { dir, update: true })).toBe('created');
  expect(existsSync(join(dir, 'a-changed.svg'))).toBe(false);
  expect(compareSnapshot('a', '<svg/>\n', { dir, update: false })).toBe('matched');
});

test('a changed snapshot fails and is kept as it was, unless updating', () => {
  const dir = fresh();
  writeFileSync(join(dir, 'b.svg'), '<svg>old</svg>\n');
  expect(compareSnapshot('b', '<svg>new</svg>\n', { dir, update: false })).toBe('changed');
  expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe('<svg>old</svg>\n');
  expect(compareSnapshot('b', '<svg>new</svg>\n', { dir, update: true })).toBe('updated');
  expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe('<svg>new</svg>\n');
});

test('only UPDATE_SNAPSHOTS=1 outside CI writes snapshots', () => {
  expect(updating({})).toBe(false);
  expect(updating({ UPDATE_SNAPSHOTS: '1' })).toBe(true);
  expect(updating({ UPDATE_SNAPSHOTS: '1', CI: 'true' })).toBe(false);
});
