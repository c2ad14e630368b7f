/** Checks one parsed CSV against its table spec: header first, then every cell of every row. */
import { parseCell } from './cells.ts';
import type { RawTable } from './csv.ts';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';
import type { CellValue, RowOf, TableSpec } from './schema.ts';

/** A row that passed every cell check; `V` is its table's row type (`Row<'villages'>`). */
export interface DataRow<V = Readonly<Record<string, CellValue>>> {
  /** Where the row is, for cross-file messages. */
  readonly line: number;
  readonly values: V;
}

/** Returns the rows whose every cell is valid; an invalid row is reported, never silently dropped. */
export function validateTable<T extends TableSpec>(
  spec: T,
  file: string,
  raw: RawTable,
  issues: Issue[],
): DataRow<RowOf<T>>[] {
  const expected = spec.fields.map((f) => f.name);
  const seen = new Set<string>();
  for (const [index, name] of raw.header.entries()) {
    if (seen.has(name)) {
      issues.push({
        severity: 'error',
        code: 'duplicate-column',
        file,
        line: 1,
        column: index + 1,
        field: name,
        message: 'this column appears twice in the header; keep one.',
      });
    } else if (!expected.includes(name)) {
      issues.push({
        severity: 'error',
        code: 'unknown-column',
        file,
        line: 1,
        column: index + 1,
        field: name,
        value: name,
        message: `unknown column ${quote(name)}. The columns of this file are: ${expected.join(', ')}.`,
      });
    }
    seen.add(name);
  }
  const missing = spec.fields.filter((f) => !seen.has(f.name) && !f.mayBeAbsent).map((f) => f.name);
  for (const name of missing) {
    issues.push({
      severity: 'error',
      code: 'missing-column',
      file,
      line: 1,
      field: name,
      message: `the header has no column ${quote(name)}; add it (see data/README.md).`,
    });
  }

  const rows: DataRow<RowOf<T>>[] = [];
  for (const row of raw.rows) {
    const values: Record<string, CellValue> = {};
    let valid = missing.length === 0;
    for (const [index, name] of raw.header.entries()) {
      const fieldSpec = spec.fields.find((f) => f.name === name);
      if (!fieldSpec) continue;
      const cell = row.cells[index] ?? '';
      const trimmed = cell.trim();
      if (trimmed !== cell) {
        issues.push({
          severity: 'warning',
          code: 'whitespace-around-value',
          file,
          line: row.line,
          column: index + 1,
          field: name,
          value: cell,
          message: `spaces before or after ${quote(trimmed)} were ignored; remove them.`,
        });
      }
      const result = parseCell(fieldSpec, trimmed);
      if (result.ok) {
        values[name] = result.value;
      } else {
        valid = false;
        issues.push({
          severity: 'error',
          code: result.code,
          file,
          line: row.line,
          column: index + 1,
          field: name,
          value: trimmed,
          message: result.message,
        });
      }
    }
    for (const f of spec.fields) if (!seen.has(f.name) && f.mayBeAbsent) values[f.name] = null;
    // The one place a row gets its type: every field of `spec` was parsed by parseCell, which returns
    // exactly the value its kind and options allow (the contract `RowOf` spells out).
    if (valid) rows.push({ line: row.line, values: values as RowOf<T> });
  }
  return rows;
}
