/**
 * CSV for spreadsheets: what journalists open in Excel. RFC 4180 quoting and CRLF line ends; a
 * byte-order mark first, because Excel reads a CSV without one in the system's legacy code page and
 * turns Kazakh and Russian text into mojibake. A text cell that a spreadsheet would run as a formula
 * is defused with a leading apostrophe (the OWASP advice); numbers are written as numbers.
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null;

export interface CsvColumn {
  readonly key: string;
  readonly label: string;
}

/** Starts of a cell that Excel, LibreOffice and Google Sheets treat as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue, missing: string): string {
  if (value === null) return csvCell(missing, missing);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : csvCell(missing, missing);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * `missing` is the text a null cell becomes: the words "not reported" in the file's language, so a
 * figure no source gave can never be summed as a blank or read as zero.
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Readonly<Record<string, CsvValue>>[],
  missing: string,
): string {
  const lines = [
    columns.map((c) => csvCell(c.label, missing)),
    ...rows.map((row) => columns.map((c) => csvCell(row[c.key] ?? null, missing))),
  ];
  return `${BOM}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
