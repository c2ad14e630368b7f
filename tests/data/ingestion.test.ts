/**
 * The validator's reading of files: encodings, the CSV grammar and where problems are reported.
 * Each case is a broken copy of the valid fixture; the report must name the file, line and column.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { loadMutated, messages, replace, replaceLine } from '../helpers/fixture.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
};

/** Moves one column of a CSV to the end of every line (the fixtures have no quoted commas). */
const moveColumnLast =
  (name: string) =>
  (text: string): string => {
    const lines = text.split('\n');
    const index = (lines[0] ?? '').split(',').indexOf(name);
    return lines
      .map((line) => {
        if (line === '') return line;
        const cells = line.split(',');
        const [moved] = cells.splice(index, 1);
        return [...cells, moved].join(',');
      })
      .join('\n');
  };

describe('a cross-file error names the column where it is in that file', () => {
  test('reordered columns and an unknown district', () => {
    const r = loadMutated({
      'villages.csv': (t) =>
        moveColumnLast('district_id')(t.replace('beta,testland,south', 'beta,testland,east')),
    });
    expect(messages(r)).toEqual([
      'data/villages.csv:3:13 error [unknown-reference] column "district_id": "east" is not an id in data/districts.csv. Add that row first, or fix the spelling.',
    ]);
  });

  test('reordered columns and a duplicate id', () => {
    const r = loadMutated({ 'districts.csv': (t) => moveColumnLast('id')(t.replace('south,', 'north,')) });
    expect(messages(r)).toContain(
      'data/districts.csv:3:7 error [duplicate-id] column "id": the id "north" is already used on line 2; every row needs its own id.',
    );
  });

  test('reordered columns are otherwise accepted', () => {
    const r = loadMutated({ 'village-statuses.csv': moveColumnLast('village_id') });
    expect(messages(r)).toEqual([]);
    expect(r.dataset?.tables['village-statuses'].map((row) => row.values.village_id)).toEqual([
      'alpha',
      'beta',
    ]);
  });
});

describe('text that is not UTF-8 is rejected with its file and line', () => {
  test('an overlong form (C0 AF) in an otherwise UTF-8 file', () => {
    const r = loadMutated({
      'districts.csv': (t) => {
        const [head, ...rest] = t.split('South District');
        return bytes(head ?? '', [0xc0, 0xaf], rest.join('South District'));
      },
    });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      'data/districts.csv:3 error [not-utf8] this line has bytes that are not valid UTF-8 (C0 AF); the text here is damaged. Retype the characters around them, then save the file as “CSV UTF-8 (comma delimited)”.',
    ]);
  });

  test('an encoded surrogate (ED A0 80)', () => {
    const r = loadMutated({
      'sources.csv': (t) => {
        const [head, ...rest] = t.split('Synthetic test map');
        return bytes(head ?? '', [0xed, 0xa0, 0x80], rest.join('Synthetic test map'));
      },
    });
    expect(messages(r)).toEqual([
      'data/sources.csv:3 error [not-utf8] this line has bytes that are not valid UTF-8 (ED A0 80); the text here is damaged. Retype the characters around them, then save the file as “CSV UTF-8 (comma delimited)”.',
    ]);
  });

  test('UTF-16 without a byte-order mark (NUL bytes) is named as such', () => {
    const r = loadMutated({
      'districts.csv': (t) =>
        Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])),
    });
    expect(messages(r)).toEqual([
      'data/districts.csv:1 error [not-utf8] the file has NUL bytes, so it is not UTF-8 text; it looks like UTF-16 (Excel’s “Unicode Text”). Save it again as “CSV UTF-8 (comma delimited)”.',
    ]);
  });

  test('a truncated sequence at the end of the file', () => {
    const r = loadMutated({ 'districts.csv': (t) => bytes(t, [0xd2]) });
    expect(messages(r)).toEqual([expect.stringMatching(/^data\/districts\.csv:4 error \[not-utf8\] /)]);
  });
});

describe('quotation marks are judged by the parser’s own grammar', () => {
  test('a stray quote at the start of row 3 of a 6-row file is reported at line 3', () => {
    const r = loadMutated({
      'indicator-values.csv': (t) =>
        replaceLine(3, `"${t.split('\n')[2]}`)(`${t}extra,literacy,testland,2020,70,report,\n`),
    });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      'data/indicator-values.csv:3:1 error [unclosed-quote] a quotation mark (") opens a cell here and is never closed, so the rest of the file reads as one cell. Close the quote, or remove it.',
    ]);
  });

  test('a stray opening quote that the parser closes lines later is reported where it opens', () => {
    const r = loadMutated({
      'digitization.csv': (t) =>
        t
          .replace('"said to lag, no figures"', '"said to lag,\nno figures"')
          .replace('farming,2018,20', '"farming,2018,20'),
    });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:3 error [stray-quote] a quotation mark (") opens a cell here, and the cell runs on to line 4, where a quotation mark is followed by more text. Remove the stray quotation mark, or close the cell where it ends.',
    ]);
  });

  test('a quote inside an unquoted cell (an inch mark) is reported at its cell, with no cascade', () => {
    const r = loadMutated({ 'villages.csv': replace('Synthetic point,,', 'Synthetic 5" point,,') });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      'data/villages.csv:2:11 error [stray-quote] a quotation mark (") stands inside a cell that does not start with one. To keep it, wrap the whole cell in quotation marks and write the mark twice, e.g. "5"" screen"; otherwise remove it.',
    ]);
    // The file could not be read, so the sources only it cites are not called unused.
    expect(messages(r, 'warning')).toEqual([]);
  });

  test('an unclosed quote after a multi-line cell names the line where it opens', () => {
    const r = loadMutated({
      'digitization.csv': (t) =>
        `${t.replace('"said to lag, no figures"', '"said to lag,\nno figures"').trimEnd()},"tail\n`,
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^data\/digitization\.csv:5:11 error \[unclosed-quote\] /),
    ]);
  });

  test('text after a closing quote', () => {
    const r = loadMutated({ 'districts.csv': replace('North District', '"North" District') });
    expect(messages(r)).toEqual([
      'data/districts.csv:2:5 error [stray-quote] a quoted cell starts here, but its closing quotation mark is followed by more text before the next comma. Remove a stray quotation mark, or write a quotation mark inside a quoted cell twice ("").',
    ]);
  });

  test('a stray quote at the start of a row of the real villages file, whose later cells are quoted', () => {
    const real = readFileSync(join(import.meta.dirname, '../../data/villages.csv'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'dz-real-'));
    cpSync(join(import.meta.dirname, '../../data'), dir, { recursive: true });
    writeFileSync(join(dir, 'villages.csv'), replaceLine(3, `"${real.split('\n')[2]}`)(real));
    const issues = loadDataset(dir).issues.filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.file, i.line, i.column, i.code])).toEqual([
      ['data/villages.csv', 3, 1, 'stray-quote'],
    ]);
  });

  test('a quoted cell may span lines, and later rows keep their own line numbers', () => {
    const r = loadMutated({
      'digitization.csv': (t) =>
        t
          .replace('"said to lag, no figures"', '"said to lag,\nno figures"')
          .replace('farming,2018,20,17,3', 'farming,2018,20,17,x'),
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^data\/digitization\.csv:3:7 error \[not-a-number\] column "services_not_digital"/,
      ),
    ]);
    const later = loadMutated({
      'digitization.csv': (t) =>
        t
          .replace(
            'education-2018,testland,education,2018,not-reported,not-reported,5,counts-reported,report,',
            'education-2018,testland,education,2018,not-reported,not-reported,5,counts-reported,report,"two\nlines"',
          )
          .replace('farming,2018,20,17,3', 'farming,2018,20,17,x'),
    });
    expect(messages(later)).toEqual([
      expect.stringMatching(/^data\/digitization\.csv:4:7 error \[not-a-number\] /),
    ]);
  });

  test('a doubled quote inside a quoted cell is text, as in RFC 4180', () => {
    const r = loadMutated({ 'villages.csv': replace('Synthetic point,,', '"Synthetic 5"" point",,') });
    expect(messages(r)).toEqual([]);
    expect(r.dataset?.tables.villages[0]?.values.coordinate_note).toBe('Synthetic 5" point');
  });
});

test('old Mac line ends (\\r alone) read as lines', () => {
  const r = loadMutated({
    'digitization.csv': (t) =>
      t.replaceAll('\n', '\r').replace('farming,2018,20,17,3', 'farming,2018,20,17,x'),
  });
  expect(messages(r)).toEqual([
    expect.stringMatching(/^data\/digitization\.csv:3:7 error \[not-a-number\] /),
  ]);
});
