/**
 * CSV text to raw rows with their line numbers. No typing happens here: every cell stays a string
 * until the schema says what it is, so codes with leading zeros and typos are never guessed at.
 * One grammar only, the parser's (csv-parse, RFC 4180): where it finds a problem, we report it at the
 * line and cell it names, in plain words, and never guess at what it did not see.
 */
import { type CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import type { Issue, IssueCode } from './issues.ts';
import { quote } from './issues.ts';

interface RawRow {
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

/** What csv-parse returns per record with `info` and `raw` on (its typings only know plain records). */
interface ParsedRecord {
  readonly record: string[];
  readonly info: InfoRecord;
  readonly raw: string;
}

const lineBreaks = (text: string) => text.split('\n').length - 1;

/**
 * The line where the quoted cell the parser stopped in was opened. `raw` is the record's text from
 * its start up to where the parser stopped (`end`); between the cell's opening quotation mark and
 * there, marks can only be doubled (`""`), or the cell would have closed earlier. So the opening
 * mark is the last one, counted back from `end`, that is not half of a pair.
 */
function openingLine(recordLine: number, raw: string, end: number): number {
  let i = end - 1;
  while (i >= 0) {
    if (raw[i] !== '"') i--;
    else if (i > 0 && raw[i - 1] === '"') i -= 2;
    else return recordLine + lineBreaks(raw.slice(0, i));
  }
  return recordLine;
}

function quoteIssue(file: string, error: CsvError, recordLine: number): Issue {
  const column = typeof error.index === 'number' ? error.index + 1 : undefined;
  const at = (line: number, code: IssueCode, message: string): Issue => ({
    severity: 'error',
    code,
    file,
    line,
    ...(column === undefined ? {} : { column }),
    message,
  });
  const line = typeof error.lines === 'number' ? error.lines : 1;
  const raw = typeof error.raw === 'string' ? error.raw : '';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return at(
        openingLine(recordLine, raw, raw.length),
        'unclosed-quote',
        'a quotation mark (") opens a cell here and is never closed, so the rest of the file reads as one cell. Close the quote, or remove it.',
      );
    case 'INVALID_OPENING_QUOTE':
      return at(
        line,
        'stray-quote',
        'a quotation mark (") stands inside a cell that does not start with one. To keep it, wrap the whole cell in quotation marks and write the mark twice, e.g. "5"" screen"; otherwise remove it.',
      );
    case 'CSV_INVALID_CLOSING_QUOTE': {
      // `raw` ends with the closing mark that has text after it.
      const opened = openingLine(recordLine, raw, raw.length - 1);
      return opened === line
        ? at(
            line,
            'stray-quote',
            'a quoted cell starts here, but its closing quotation mark is followed by more text before the next comma. Remove a stray quotation mark, or write a quotation mark inside a quoted cell twice ("").',
          )
        : at(
            opened,
            'stray-quote',
            `a quotation mark (") opens a cell here, and the cell runs on to line ${line}, where a quotation mark is followed by more text. Remove the stray quotation mark, or close the cell where it ends.`,
          );
    }
    default:
      return at(line, 'malformed-csv', `the file cannot be read as CSV here (${error.message}).`);
  }
}

/** Parses the whole text; every structural problem becomes an issue, and parsing goes on where it can. */
export function parseCsv(file: string, input: string, issues: Issue[]): RawTable | null {
  if (input.trim() === '') {
    issues.push({
      severity: 'error',
      code: 'empty-file',
      file,
      line: 1,
      message: 'the file is empty; it needs at least a header row.',
    });
    return null;
  }
  // One line ending, so the parser's line count is the editor's (it counts \r\n in a quoted cell twice,
  // and a file saved with bare \r line ends would otherwise read as one line).
  const text = input.replace(/\r\n?/g, '\n');
  let quoteError: Issue | null = null;
  // The line the last whole record ended on: the next record, where an error may stop the parser, starts after it.
  let lastLine = 0;
  const records = parse(text, {
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_record: (record, context) => {
      lastLine = context.lines;
      return record;
    },
    on_skip: (error) => {
      // The first quote error is the real one: past it the parser can no longer tell cells apart.
      if (error && !quoteError) quoteError = quoteIssue(file, error, lastLine + 1);
      return undefined;
    },
  }) as unknown as ParsedRecord[];
  if (quoteError) {
    issues.push(quoteError);
    return null;
  }
  const rows: RawRow[] = records.map((r) => ({
    // The parser gives the line a record ends on; a quoted cell may span lines.
    line: r.info.lines - lineBreaks(r.raw.replace(/\n$/, '')),
    cells: r.record,
  }));
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
