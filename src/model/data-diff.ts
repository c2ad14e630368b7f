/**
 * What changed in the data between two versions, as typed facts: per table, the rows added, changed
 * (cell by cell, old → new) and removed, with the sources they cite, and what on the site reads them.
 * Pure: it takes parsed rows and returns facts. Reading git and files stays at the edge
 * (`scripts/data-diff.ts`, `load-data-version.ts`), and the same facts feed the pull-request summary, the
 * data page's changelog and the feeds.
 *
 * Tables are handled generically (any table name, rows keyed by their `id` column), so a new table
 * or column shows up in the diff without code changes here.
 */

/** One CSV row as its raw cells, by column name. */
export type RawRow = Readonly<Record<string, string>>;
/** Tables by name (the file name without `.csv`, e.g. `villages`). */
export type RawTables = Readonly<Record<string, readonly RawRow[]>>;

type ChangeKind = 'added' | 'changed' | 'removed';

export interface CellChange {
  readonly column: string;
  /** Null when the column did not exist before (or the row was added). */
  readonly before: string | null;
  /** Null when the column no longer exists (or the row was removed). */
  readonly after: string | null;
}

export interface RowChange {
  readonly table: string;
  /** The row's `id`, or '' for a row without one (such rows are matched by their whole content). */
  readonly id: string;
  readonly kind: ChangeKind;
  /** For `changed`: only the cells that differ. For `added`/`removed`: every non-empty cell. */
  readonly cells: readonly CellChange[];
  /** Every source id the row cites, before and after (from columns named `source_id` or `*_source_id`). */
  readonly sources: readonly string[];
}

/** Something on the site that shows data: a page, a chart, an embed. */
export interface Dependent {
  readonly kind: 'page' | 'chart' | 'embed';
  /** Stable id: the page path (`''` for the story, `villages/`) or the chart id. */
  readonly id: string;
  /** The tables whose rows it shows. */
  readonly tables: readonly string[];
}

interface TableSummary {
  readonly table: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  /** The whole file appeared or disappeared. */
  readonly file: 'added' | 'removed' | null;
}

export interface DataDiff {
  readonly rows: readonly RowChange[];
  readonly tables: readonly TableSummary[];
  /** The dependents reading a changed table, in the order given. */
  readonly affected: readonly Dependent[];
}

const KIND_ORDER: Readonly<Record<ChangeKind, number>> = { added: 0, changed: 1, removed: 2 };

const isSourceColumn = (column: string) => column === 'source_id' || column.endsWith('_source_id');

function keyOf(row: RawRow, index: Map<string, number>): string {
  const id = row.id?.trim();
  if (id) return id;
  // No id: the whole row is the key, so an edit reads as one row removed and one added.
  const content = JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const seen = index.get(content) ?? 0;
  index.set(content, seen + 1);
  return seen === 0 ? content : `${content}#${seen}`;
}

function byKey(rows: readonly RawRow[]): Map<string, RawRow> {
  const out = new Map<string, RawRow>();
  const dupes = new Map<string, number>();
  for (const row of rows) out.set(keyOf(row, dupes), row);
  return out;
}

function sourcesOf(...rows: (RawRow | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const row of rows)
    for (const [column, value] of Object.entries(row ?? {}))
      if (isSourceColumn(column) && value.trim() !== '') ids.add(value.trim());
  return [...ids].sort();
}

function filledCells(row: RawRow, side: 'before' | 'after'): CellChange[] {
  return Object.entries(row)
    .filter(([column, value]) => value !== '' && column !== 'id')
    .map(([column, value]) =>
      side === 'after' ? { column, before: null, after: value } : { column, before: value, after: null },
    );
}

function changedCells(before: RawRow, after: RawRow): CellChange[] {
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const cells: CellChange[] = [];
  for (const column of columns) {
    const old = column in before ? (before[column] ?? '') : null;
    const now = column in after ? (after[column] ?? '') : null;
    // A column added or dropped with no value in it says nothing about the row.
    if ((old ?? '') === (now ?? '')) continue;
    cells.push({ column, before: old, after: now });
  }
  return cells;
}

const displayId = (row: RawRow) => row.id?.trim() ?? '';

/** Row-level differences of every table present on either side, sorted by table, kind, id. */
export function diffRows(before: RawTables, after: RawTables): RowChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: RowChange[] = [];
  for (const table of names) {
    const old = byKey(before[table] ?? []);
    const now = byKey(after[table] ?? []);
    for (const [key, row] of now) {
      const previous = old.get(key);
      const id = displayId(row);
      if (!previous) {
        changes.push({ table, id, kind: 'added', cells: filledCells(row, 'after'), sources: sourcesOf(row) });
        continue;
      }
      const cells = changedCells(previous, row);
      if (cells.length > 0)
        changes.push({ table, id, kind: 'changed', cells, sources: sourcesOf(previous, row) });
    }
    for (const [key, row] of old)
      if (!now.has(key))
        changes.push({
          table,
          id: displayId(row),
          kind: 'removed',
          cells: filledCells(row, 'before'),
          sources: sourcesOf(row),
        });
  }
  return changes.sort(
    (a, b) =>
      (a.table < b.table ? -1 : a.table > b.table ? 1 : 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The dependents that read at least one of the changed tables; one that lists `*` reads every table. */
export function affectedBy(changedTables: Iterable<string>, dependents: readonly Dependent[]): Dependent[] {
  const changed = new Set(changedTables);
  if (changed.size === 0) return [];
  return dependents.filter((d) => d.tables.includes('*') || d.tables.some((t) => changed.has(t)));
}

export function diffData(
  before: RawTables,
  after: RawTables,
  dependents: readonly Dependent[] = [],
): DataDiff {
  const rows = diffRows(before, after);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const tables: TableSummary[] = [];
  for (const table of names) {
    const own = rows.filter((r) => r.table === table);
    const file = !(table in before) ? 'added' : !(table in after) ? 'removed' : null;
    if (own.length === 0 && file === null) continue;
    tables.push({
      table,
      added: own.filter((r) => r.kind === 'added').length,
      changed: own.filter((r) => r.kind === 'changed').length,
      removed: own.filter((r) => r.kind === 'removed').length,
      file,
    });
  }
  return {
    rows,
    tables,
    affected: affectedBy(
      tables.map((t) => t.table),
      dependents,
    ),
  };
}
