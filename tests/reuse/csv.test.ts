import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/reuse/csv.ts';

const MISSING = 'not reported';

describe('csvCell', () => {
  test('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('a,b', MISSING)).toBe('"a,b"');
    expect(csvCell('say "hi"', MISSING)).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', MISSING)).toBe('"two\nlines"');
  });

  test('defuses text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}HYPERLINK("x")`, MISSING).replace(/^"/, '')).toMatch(/^'/);
  });

  test('writes numbers as numbers, negative ones too', () => {
    expect(csvCell(-12.5, MISSING)).toBe('-12.5');
    expect(csvCell(0, MISSING)).toBe('0');
  });

  test('spells out a missing figure instead of leaving a blank a sum would read as 0', () => {
    expect(csvCell(null, MISSING)).toBe(MISSING);
  });
});

describe('toCsv', () => {
  const columns = [
    { key: 'name', label: 'Атауы' },
    { key: 'n', label: 'Саны' },
  ];

  test('starts with a byte-order mark so Excel reads UTF-8 Cyrillic', () => {
    const csv = toCsv(columns, [{ name: 'Қостөбе', n: 3 }], MISSING);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}Атауы,Саны\r\nҚостөбе,3\r\n`);
  });

  test('parses back to the same rows for any text that is not a formula', () => {
    const text = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s) && s !== MISSING);
    const cell = fc.oneof(text, fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.record({ name: cell, n: cell }), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = toCsv(columns, rows, MISSING);
        const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n' });
        const body = parsed.data.slice(1).filter((r) => !(r.length === 1 && r[0] === ''));
        expect(body).toEqual(rows.map((r) => [r.name, r.n].map((v) => (v === null ? MISSING : String(v)))));
      }),
    );
  });
});
