/**
 * What the story may say about the departments, derived from the data alone: which records belong
 * to the story's year (history, told in the past tense), which came later (told in date order), and
 * where two years give the same measure for one department, so a change can be stated. The prose
 * states a comparison only from a pair found here; where there is none it says less. Pure.
 */
import { compareDates, dateSpan, type PartialDate } from '../data/partial-date.ts';
import {
  type DepartmentEntry,
  departmentEntries,
  hasCounts,
  isReported,
  MEASURES,
  type Measure,
  recordDates,
} from './department-entries.ts';
import type { Department, DigitizationRecord, Model, NamedService, Region } from './types.ts';

type Direction = 'up' | 'down' | 'same';

/** One measure of one department in two records, the later right after the earlier among those that report it. */
export interface MeasureChange {
  readonly department: Department;
  readonly measure: Measure;
  readonly from: DigitizationRecord;
  readonly to: DigitizationRecord;
  readonly fromValue: number;
  readonly toValue: number;
  readonly direction: Direction;
}

/** True when the date lies wholly inside the year. */
export function isInYear(date: PartialDate, year: number): boolean {
  const { first, last } = dateSpan(date);
  return first.startsWith(`${year}-`) && last.startsWith(`${year}-`);
}

/** Changes of every measure between consecutive records that both report it, oldest pair first. */
export function departmentChanges(entry: DepartmentEntry): MeasureChange[] {
  const changes: MeasureChange[] = [];
  for (const measure of MEASURES) {
    const reported = entry.records.filter((r) => isReported(r[measure]));
    for (let i = 1; i < reported.length; i++) {
      const from = reported[i - 1];
      const to = reported[i];
      if (!from || !to || from.date.text === to.date.text) continue;
      const fromValue = from[measure] as number;
      const toValue = to[measure] as number;
      changes.push({
        department: entry.department,
        measure,
        from,
        to,
        fromValue,
        toValue,
        direction: toValue > fromValue ? 'up' : toValue < fromValue ? 'down' : 'same',
      });
    }
  }
  return changes.sort((a, b) => compareDates(a.to.date, b.to.date));
}

/** Named services a department listed as not yet online, grouped by the date they were listed. */
interface ServiceGroup {
  readonly department: Department;
  readonly date: PartialDate;
  readonly services: readonly NamedService[];
  /** How many more the same record counted on paper without naming them; 0 when unknown. */
  readonly unnamed: number;
  /** The record the unnamed count comes from. */
  readonly record: DigitizationRecord | null;
}

export interface DepartmentFacts {
  readonly year: number;
  readonly entries: readonly DepartmentEntry[];
  /** Records of the story's year: what the meeting heard. */
  readonly ofYear: readonly { entry: DepartmentEntry; record: DigitizationRecord }[];
  /** Every other record, in date order (then in the order of the departments). */
  readonly others: readonly { entry: DepartmentEntry; record: DigitizationRecord }[];
  /** True when every other record starts after the story's year. */
  readonly othersAllLater: boolean;
  readonly changes: readonly MeasureChange[];
  /** Whether a department total exists for the story's year. */
  readonly totalsInYear: boolean;
  readonly dates: readonly PartialDate[];
  readonly serviceGroups: readonly ServiceGroup[];
}

export function departmentFacts(model: Model, region: Region, year: number): DepartmentFacts {
  const entries = departmentEntries(model, region);
  const pairs = entries.flatMap((entry) => entry.records.map((record) => ({ entry, record })));
  const ofYear = pairs.filter((p) => isInYear(p.record.date, year));
  const others = pairs
    .filter((p) => !isInYear(p.record.date, year))
    .sort((a, b) => compareDates(a.record.date, b.record.date));
  const serviceGroups: ServiceGroup[] = [];
  for (const entry of entries) {
    const named = model.services.filter(
      (s) => s.departmentId === entry.department.id && s.regionId === region.id && s.status === 'not-digital',
    );
    const dates = [...new Set(named.map((s) => s.date.text))];
    for (const text of dates) {
      const services = named.filter((s) => s.date.text === text);
      const date = services[0]?.date;
      if (!date) continue;
      const record = entry.records.find((r) => r.date.text === text) ?? null;
      const counted = record?.notDigital;
      const unnamed = counted !== undefined && isReported(counted) ? counted - services.length : 0;
      serviceGroups.push({
        department: entry.department,
        date,
        services,
        unnamed: Math.max(unnamed, 0),
        record,
      });
    }
  }
  serviceGroups.sort((a, b) => compareDates(a.date, b.date));
  return {
    year,
    entries,
    ofYear,
    others,
    othersAllLater: others.every((p) => dateSpan(p.record.date).first > `${year}-12-31`),
    changes: entries.flatMap(departmentChanges).sort((a, b) => compareDates(a.to.date, b.to.date)),
    totalsInYear: ofYear.some((p) => isReported(p.record.total)),
    dates: recordDates(entries),
    serviceGroups,
  };
}

/** Records of the year with no figure at all, grouped by status, for one sentence per status. */
export function withoutCounts(
  facts: readonly { entry: DepartmentEntry; record: DigitizationRecord }[],
  status: DigitizationRecord['status'],
): { entry: DepartmentEntry; record: DigitizationRecord }[] {
  return facts.filter((p) => p.record.status === status && !hasCounts(p.record));
}
