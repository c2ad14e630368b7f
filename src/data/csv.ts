/**
 * CSV text to raw rows with their line numbers. No typing happens here: every cell stays a string
 * until the schema says what it is, so codes with leading zeros and typos are never guessed at.
 */
import Papa from 'papaparse';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';

export interface RawRow {
  /** 1-based line where the row starts in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly header: readonly string[];
  readonly rows: readonly RawRow[];
  /** Rows with the wrong number of cells: reported, not validated, but their ids still count as written. */
  readonly rejected: readonly RawRow[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Where each record starts (a newline inside quotes does not start one) and where an unclosed
 * quote opens, if any. Papaparse gives rows but not their lines, and maintainers need lines.
 */
function scanQuotes(text: string): { rowStarts: number[]; openQuote: number } {
  const rowStarts = [0];
  let inQuotes = false;
  let openedAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) openedAt = i;
    } else if (ch === '\n' && !inQuotes) rowStarts.push(i + 1);
  }
  return { rowStarts, openQuote: inQuotes ? openedAt : -1 };
}

/** Parses the whole text; every structural problem becomes an issue, and parsing goes on. */
export function parseCsv(file: string, text: string, issues: Issue[]): RawTable | null {
  if (text.trim() === '') {
    issues.push({
      severity: 'error',
      code: 'empty-file',
      file,
      line: 1,
      message: 'the file is empty; it needs at least a header row.',
    });
    return null;
  }
  const starts = lineStarts(text);
  const { rowStarts, openQuote } = scanQuotes(text);
  if (openQuote >= 0) {
    issues.push({
      severity: 'error',
      code: 'unclosed-quote',
      file,
      line: lineOf(starts, openQuote),
      message:
        'a quotation mark (") opens a cell here and is never closed, so the rest of the file reads as one cell. Close the quote, or remove it.',
    });
    return null;
  }
  const result = Papa.parse<string[]>(text, { delimiter: ',', header: false, skipEmptyLines: false });
  const rows: RawRow[] = result.data.map((cells, index) => ({
    line: lineOf(starts, rowStarts[index] ?? 0),
    cells,
  }));
  // A trailing newline yields one empty row at the end: that is normal, not a blank line.
  const last = rows.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === '') rows.pop();
  const [headerRow, ...body] = rows;
  if (!headerRow) return null;
  const header = headerRow.cells.map((c) => c.trim());
  if (header.length === 1 && /[;\t|]/.test(header[0] ?? '')) {
    const sep = (header[0] ?? '').includes(';')
      ? 'semicolons (;)'
      : (header[0] ?? '').includes('\t')
        ? 'tabs'
        : 'bars (|)';
    issues.push({
      severity: 'error',
      code: 'wrong-delimiter',
      file,
      line: headerRow.line,
      value: header[0] ?? '',
      message: `the columns are separated by ${sep}, but this project uses commas. Save the file as “CSV UTF-8 (comma delimited)”.`,
    });
    return null;
  }
  const kept: RawRow[] = [];
  const rejected: RawRow[] = [];
  for (const row of body) {
    if (row.cells.length === 1 && (row.cells[0] ?? '').trim() === '') {
      issues.push({
        severity: 'error',
        code: 'blank-line',
        file,
        line: row.line,
        message: 'this line is empty. Delete it, or fill in the row.',
      });
      continue;
    }
    if (row.cells.length !== header.length) {
      const found = row.cells.length;
      const hint =
        found > header.length
          ? ' A cell with a comma in it must be put in double quotes, e.g. "Shu, station".'
          : ' Add the missing cells; leave a cell empty with nothing between two commas.';
      issues.push({
        severity: 'error',
        code: 'wrong-cell-count',
        file,
        line: row.line,
        value: quote(row.cells.join(',')),
        message: `this row has ${found} cells but the header has ${header.length}.${hint}`,
      });
      rejected.push(row);
      continue;
    }
    kept.push(row);
  }
  return { header, rows: kept, rejected };
}
