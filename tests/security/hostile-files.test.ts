/**
 * Property tests: mangle the committed data files the ways real edits and real tools do, and check
 * the validator never throws, never lets a broken file through without a located error, and never
 * accepts a file while losing one of its rows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { TABLES } from '../../src/data/schema.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const ROOT = resolve(import.meta.dirname, '../..');

type Mutation =
  | { kind: 'cut-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'add-cell'; at: number }
  | { kind: 'drop-cell'; at: number }
  | { kind: 'swap-columns'; a: number; b: number }
  | { kind: 'reencode'; encoding: 'utf16le' | 'latin1' }
  | { kind: 'inject-bytes'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-cell' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop-cell' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-columns' as const), a: fc.nat(20), b: fc.nat(20) }),
  fc.record({
    kind: fc.constant('reencode' as const),
    encoding: fc.constantFrom('utf16le' as const, 'latin1' as const),
  }),
  fc.record({
    kind: fc.constant('inject-bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(text: string, m: Mutation): Buffer {
  const lines = text.split('\n');
  const pick = (n: number) => n % Math.max(1, lines.length - 1);
  switch (m.kind) {
    case 'cut-line':
      lines.splice(pick(m.at), 1);
      return Buffer.from(lines.join('\n'));
    case 'duplicate-line': {
      const i = pick(m.at);
      lines.splice(i, 0, lines[i] ?? '');
      return Buffer.from(lines.join('\n'));
    }
    case 'add-cell': {
      const i = pick(m.at);
      lines[i] = `${lines[i]},extra`;
      return Buffer.from(lines.join('\n'));
    }
    case 'drop-cell': {
      const i = pick(m.at);
      lines[i] = (lines[i] ?? '').replace(/,[^,]*$/, '');
      return Buffer.from(lines.join('\n'));
    }
    case 'swap-columns': {
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const swapped = rows.map((r) => {
        const copy = [...r];
        const a = m.a % copy.length;
        const b = m.b % copy.length;
        [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
        return copy;
      });
      return Buffer.from(`${Papa.unparse(swapped, { newline: '\n' })}\n`);
    }
    case 'reencode':
      return m.encoding === 'utf16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : Buffer.from(text, 'latin1');
    case 'inject-bytes': {
      const bytes = Buffer.from(text);
      const at = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case 'truncate': {
      const bytes = Buffer.from(text);
      return bytes.subarray(0, m.at % (bytes.length + 1));
    }
  }
}

/** Data records in a CSV as any standard reader counts them (non-blank rows after the header). */
function recordCount(bytes: Buffer): number {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.length - 1;
}

const files = TABLES.map((t) => t.path);

describe('validator on mangled copies of data/', () => {
  test('never throws, locates every error, and never loses a row it accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-hostile-'));
    fc.assert(
      fc.property(fc.constantFrom(...files), mutation, (file, m) => {
        cpSync(DATA, dir, { recursive: true });
        const mutated = apply(readFileSync(join(DATA, file), 'utf8'), m);
        writeFileSync(join(dir, file), mutated);
        const { dataset, issues } = loadDataset(dir);
        const errors = issues.filter((i) => i.severity === 'error');
        if (dataset === null) {
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) {
            expect(e.file).toMatch(/^data\//);
            if (e.file.endsWith('.csv') && e.code !== 'file-missing')
              expect(e.line, JSON.stringify(e)).toBeGreaterThanOrEqual(1);
          }
        } else {
          expect(errors).toEqual([]);
          const table = TABLES.find((t) => t.path === file);
          if (table) expect(dataset.tables[table.name].length).toBe(recordCount(mutated));
        }
      }),
      { numRuns: 300, seed: 20181 },
    );
  }, 120_000);

  test('npm run validate exits 1 and names file and line for a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-hostile-cli-'));
    cpSync(DATA, dir, { recursive: true });
    const text = readFileSync(join(DATA, 'villages.csv'), 'utf8').split('\n');
    text[3] = `${text[3]},extra`;
    writeFileSync(join(dir, 'villages.csv'), text.join('\n'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/validate.ts', dir], { cwd: ROOT, stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/^data\/villages\.csv:4 error \[wrong-cell-count\]/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
