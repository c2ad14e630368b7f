/**
 * The data diff as Markdown for a pull request's job summary: one section per table with the rows
 * added, changed (old → new, per cell) and removed and their sources, then the pages, charts and
 * embeds that show the changed tables, then the charts whose drawing actually changes. English, for
 * reviewers; the data page renders the same facts in its own language.
 */
import type { CellChange, DataDiff, Dependent, RawTables, RowChange } from '../../src/model/data-diff.ts';

export interface ReportInput {
  readonly base: string;
  readonly diff: DataDiff;
  /** Tables after the change (sources are looked up here, then in `before`). */
  readonly after: RawTables;
  readonly before: RawTables;
  /** Site path of each affected dependent, without language prefix. */
  readonly pathOf: (d: Dependent) => string;
  /** Charts whose SVG differs between the two versions; null when they could not be compared. */
  readonly drawnCharts: readonly string[] | null;
  /** Why the drawings could not be compared, when they could not. */
  readonly drawnNote?: string;
  /** The other files of data/ that changed (documentation, the data package descriptor). */
  readonly otherFiles?: readonly string[];
}

const MAX_CELL = 120;

/** A cell as inline code, cut short when long (a GeoJSON geometry), never breaking the table or list. */
export function cell(value: string | null): string {
  if (value === null) return '_(none)_';
  if (value === '') return '_(empty)_';
  const flat = value.replace(/\s+/g, ' ').replace(/`/g, "'");
  const cut = flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL)}… (${flat.length} characters)` : flat;
  return `\`${cut}\``;
}

const fileOf = (table: string) => (table.startsWith('geo/') ? `data/${table}.geojson` : `data/${table}.csv`);

function sourceLine(id: string, input: ReportInput): string {
  const row = [...(input.after.sources ?? []), ...(input.before.sources ?? [])].find((r) => r.id === id);
  if (!row) return `\`${id}\``;
  const title = (row.title ?? '').replace(/[[\]]/g, '');
  return row.url ? `\`${id}\` ([${title}](${row.url}))` : `\`${id}\` (${title})`;
}

function cellsText(cells: readonly CellChange[], kind: RowChange['kind']): string {
  return cells
    .map((c) =>
      kind === 'changed'
        ? `\`${c.column}\`: ${cell(c.before)} → ${cell(c.after)}`
        : `\`${c.column}\`: ${cell(kind === 'added' ? c.after : c.before)}`,
    )
    .join('; ');
}

const HEADINGS: Readonly<Record<RowChange['kind'], string>> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
};

export function dataDiffMarkdown(input: ReportInput): string {
  const { diff } = input;
  const out: string[] = [`## Data changes against \`${input.base}\``, ''];
  if (diff.tables.length === 0) {
    out.push('No figure changes: no row of any data table was added, changed or removed.');
    if (input.otherFiles?.length)
      out.push('', `Other files changed: ${input.otherFiles.map((f) => `\`${f}\``).join(', ')}.`);
    return `${out.join('\n')}\n`;
  }
  out.push('| File | Added | Changed | Removed |', '| --- | ---: | ---: | ---: |');
  for (const t of diff.tables) {
    const note = t.file === 'added' ? ' (new file)' : t.file === 'removed' ? ' (file removed)' : '';
    out.push(`| \`${fileOf(t.table)}\`${note} | ${t.added} | ${t.changed} | ${t.removed} |`);
  }
  for (const t of diff.tables) {
    out.push('', `### \`${fileOf(t.table)}\``);
    for (const kind of ['added', 'changed', 'removed'] as const) {
      const rows = diff.rows.filter((r) => r.table === t.table && r.kind === kind);
      if (rows.length === 0) continue;
      out.push('', `**${HEADINGS[kind]}**`, '');
      for (const r of rows) {
        const sources = r.sources.length
          ? ` Sources: ${r.sources.map((s) => sourceLine(s, input)).join(', ')}.`
          : '';
        out.push(`- ${r.id ? `\`${r.id}\`` : '(row without id)'}: ${cellsText(r.cells, kind)}.${sources}`);
      }
    }
  }
  out.push('', '### Where the figures change', '');
  for (const [kind, label] of [
    ['page', 'Pages'],
    ['chart', 'Charts'],
    ['embed', 'Embeds'],
  ] as const) {
    const items = diff.affected.filter((d) => d.kind === kind);
    if (items.length === 0) continue;
    const list = items.map((d) =>
      kind === 'chart' ? `\`${d.id}\` (on \`/${input.pathOf(d)}\`)` : `\`/${input.pathOf(d)}\``,
    );
    out.push(`- ${label}: ${list.join(', ')}`);
  }
  out.push('', 'Each path is the Kazakh page; the Russian and English ones are under `/ru/` and `/en/`.');
  out.push('', '### Charts whose drawing changes', '');
  if (input.drawnCharts === null)
    out.push(`Not compared: ${input.drawnNote ?? 'the data could not be loaded'}.`);
  else if (input.drawnCharts.length === 0) out.push('None: every chart draws the same as before.');
  else
    out.push(
      `${input.drawnCharts.map((c) => `\`${c}\``).join(', ')}: before and after images are in this run's \`changed-charts\` artifact.`,
    );
  if (input.otherFiles?.length)
    out.push('', `Other files changed: ${input.otherFiles.map((f) => `\`${f}\``).join(', ')}.`);
  return `${out.join('\n')}\n`;
}
