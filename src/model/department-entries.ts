/**
 * What the departments chart, its table and the story's prose say about each department: every
 * dated record of every department, oldest first, so a later year is shown beside the first one
 * rather than in its place. Pure: the region is passed in.
 */
import { compareDates, type PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import type { Department, DigitizationRecord, Model, Region, Reported } from './types.ts';

export const MEASURES = ['digital', 'notDigital', 'total'] as const;
export type Measure = (typeof MEASURES)[number];
export type PartMeasure = Exclude<Measure, 'total'>;

export interface DepartmentEntry {
  readonly department: Department;
  /** Every record of the department, oldest first; empty when no source says anything about it. */
  readonly records: readonly DigitizationRecord[];
}

/** Every department of the region, in the order of the data, each with all its records. */
export function departmentEntries(model: Model, region: Region): DepartmentEntry[] {
  return model.departments
    .filter((d) => d.regionId === region.id)
    .map((department) => ({
      department,
      records: model.digitization
        .filter((r) => r.departmentId === department.id && r.regionId === region.id)
        .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)),
    }));
}

export const isReported = (v: Reported<number>): v is number => v !== NOT_REPORTED;

/** True when the record has at least one count; otherwise it is drawn as a single status line. */
export const hasCounts = (record: DigitizationRecord): boolean => MEASURES.some((m) => isReported(record[m]));

/** Share of the record's total, in percent, or null when either number is missing. */
export function shareOf(record: DigitizationRecord, measure: PartMeasure): number | null {
  const total = record.total;
  const part = record[measure];
  if (!isReported(total) || !isReported(part) || total === 0) return null;
  return (part / total) * 100;
}

/** Every record of the entries, department by department, each department's oldest first. */
const allRecords = (entries: readonly DepartmentEntry[]): DigitizationRecord[] =>
  entries.flatMap((e) => e.records);

/** Shares exist only where a source gave a department's total for that year. */
export const sharesPossible = (entries: readonly DepartmentEntry[]): boolean =>
  allRecords(entries).some((r) => isReported(r.total));

/** The dates of the records, oldest first, without repeats. */
export function recordDates(entries: readonly DepartmentEntry[]): PartialDate[] {
  const dates = allRecords(entries)
    .map((r) => r.date)
    .sort(compareDates);
  return dates.filter((d, i) => i === 0 || d.text !== dates[i - 1]?.text);
}
