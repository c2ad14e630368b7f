/**
 * A data problem with its place, so a maintainer can find and fix it without reading code.
 * Codes are stable: tests, docs and CI annotations rely on them.
 */
export type IssueCode =
  | 'file-missing'
  | 'not-utf8'
  | 'empty-file'
  | 'wrong-delimiter'
  | 'unclosed-quote'
  | 'stray-quote'
  | 'malformed-csv'
  | 'wrong-cell-count'
  | 'blank-line'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'not-a-number'
  | 'not-an-integer'
  | 'negative-number'
  | 'out-of-range'
  | 'not-reported-not-allowed'
  | 'invalid-date'
  | 'invalid-id'
  | 'invalid-url'
  | 'invalid-boolean'
  | 'not-in-list'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'digital-exceeds-total'
  | 'counts-do-not-add-up'
  | 'outside-region'
  | 'lat-lon-swapped'
  | 'village-without-status'
  | 'half-coordinates'
  | 'undated-without-bound'
  | 'bound-with-date'
  | 'duplicate-status-date'
  | 'duplicate-role'
  | 'invalid-geojson'
  | 'invalid-json'
  // warnings below: suspicious but valid
  | 'near-region-boundary'
  | 'whitespace-around-value'
  | 'status-without-counts'
  | 'source-without-url'
  | 'unused-source'
  | 'duplicate-name'
  | 'source-not-translated'
  | 'quote-backs-no-row'
  | 'translation-not-shown';

type Severity = 'error' | 'warning';

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Path from the project root, e.g. `data/villages.csv`. */
  readonly file: string;
  /** 1-based line in the file; for GeoJSON, absent. */
  readonly line?: number;
  /** 1-based column (cell position) in a CSV. */
  readonly column?: number;
  /** Column name in a CSV, or property path in a GeoJSON feature (`features[3].properties.name_en`). */
  readonly field?: string;
  /** The value found, as written. */
  readonly value?: string;
  /** Plain words: what is wrong and what was expected. */
  readonly message: string;
}

function location(issue: Issue): string {
  let loc = issue.file;
  if (issue.line !== undefined) {
    loc += `:${issue.line}`;
    if (issue.column !== undefined) loc += `:${issue.column}`;
  }
  return loc;
}

/** One line per issue: `data/villages.csv:4:8 error [not-a-number] column "lat": …`. */
export function formatIssue(issue: Issue): string {
  const where =
    issue.field === undefined
      ? ''
      : issue.line === undefined
        ? `${issue.field}: `
        : `column "${issue.field}": `;
  return `${location(issue)} ${issue.severity} [${issue.code}] ${where}${issue.message}`;
}

/** GitHub Actions annotation so each problem shows on the pull request's changed line. */
export function formatAnnotation(issue: Issue): string {
  const props = [`file=${issue.file}`];
  if (issue.line !== undefined) props.push(`line=${issue.line}`);
  if (issue.column !== undefined) props.push(`col=${issue.column}`);
  props.push(`title=${issue.code}`);
  const text = formatIssue(issue).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${issue.severity} ${props.join(',')}::${text}`;
}

export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** Errors sorted by file and position so a report reads top to bottom like the files. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code),
  );
}
