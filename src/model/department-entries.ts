/** What the departments chart, its table and the story's prose say about each department. Pure. */
import { compareDates, type PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import { siteRegion } from './queries.ts';
import type { Department, DigitizationRecord, Model, Reported } from './types.ts';

export const MEASURES = ['digital', 'notDigital', 'total'] as const;
export type Measure = (typeof MEASURES)[number];

export interface DepartmentEntry {
  readonly department: Department;
  /** The latest record for the department, or null when no source says anything measurable. */
  readonly record: DigitizationRecord | null;
}

/** Every department of the region, in the order of the data, each with its latest record. */
export function departmentEntries(model: Model): DepartmentEntry[] {
  const region = siteRegion(model);
  return model.departments
    .filter((d) => d.regionId === region.id)
    .map((department) => {
      const records = model.digitization
        .filter((r) => r.departmentId === department.id && r.regionId === region.id)
        .sort((a, b) => compareDates(a.date, b.date));
      return { department, record: records.at(-1) ?? null };
    });
}

export function measureOf(entry: DepartmentEntry, measure: Measure): Reported<number> {
  return entry.record ? entry.record[measure] : NOT_REPORTED;
}

export const isReported = (v: Reported<number>): v is number => v !== NOT_REPORTED;

/** True when the entry has at least one count; otherwise the chart draws a single "no figures" line. */
export const hasCounts = (entry: DepartmentEntry): boolean =>
  MEASURES.some((m) => isReported(measureOf(entry, m)));

/** Share of the department's total, in percent, or null when either number is missing. */
export function shareOf(entry: DepartmentEntry, measure: Exclude<Measure, 'total'>): number | null {
  const total = measureOf(entry, 'total');
  const part = measureOf(entry, measure);
  if (!isReported(total) || !isReported(part) || total === 0) return null;
  return (part / total) * 100;
}

/** Shares exist only where a source gave a department's total: today, for 2018, none did. */
export const sharesPossible = (entries: readonly DepartmentEntry[]): boolean =>
  entries.some((e) => isReported(measureOf(e, 'total')));

/** The dates of the records drawn, oldest first, without repeats. */
export function recordDates(entries: readonly DepartmentEntry[]): PartialDate[] {
  const dates = entries.flatMap((e) => (e.record ? [e.record.date] : [])).sort(compareDates);
  return dates.filter((d, i) => i === 0 || d.text !== dates[i - 1]?.text);
}
