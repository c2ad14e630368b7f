/**
 * A village's status reports: ordering, the latest one, and whether a status is a gap or progress.
 * Pure, so the map, the pages and a history list all read a village the same way.
 *
 * The ordering rule (also in data/README.md, "Reports whose source shows no date"):
 * 1. A dated report is later than every undated one (`date` `not-reported`), whatever the undated
 *    one's `date_bound` says. A bound only limits when the page can have appeared ("not later than
 *    the month it was read"); it never says the report came after a dated one, so an undated report
 *    is a village's latest status only when the village has no dated report at all.
 * 2. Dated reports run oldest first by the span their date covers (`compareDates`).
 * 3. Undated reports run among themselves by their bound (the earlier "not later than" first), then
 *    in file order: a tie-break for display only, since either may be the later one.
 */
import { compareDates, dateSpan, type PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED, VILLAGE_STATUS_KINDS } from '../data/schema.ts';
import type { Village, VillageStatus, VillageStatusKind, VillageStatusReport } from './types.ts';

type DatedReport = VillageStatusReport & { readonly date: PartialDate };

/** True when the report's source gives a date (as precise as it is). */
export function isDated(report: VillageStatusReport): report is DatedReport {
  return report.date !== NOT_REPORTED;
}

/** Undated bounds by their "not later than" day, then by their "not earlier than" day; a missing bound first. */
function compareBounds(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (sa.last !== sb.last) return sa.last < sb.last ? -1 : 1;
  return sa.first < sb.first ? -1 : sa.first > sb.first ? 1 : 0;
}

/** The order of the rule above: negative when `a` comes before (is older than) `b`. */
export function compareReports(a: VillageStatusReport, b: VillageStatusReport): number {
  if (isDated(a) && isDated(b)) return compareDates(a.date, b.date);
  if (isDated(a)) return 1;
  if (isDated(b)) return -1;
  return compareBounds(a.dateBound, b.dateBound);
}

/** Reports of one village in the order of the rule above: undated first, then dated oldest first. */
export function statusHistory(
  reports: readonly VillageStatusReport[],
  villageId: string,
): VillageStatusReport[] {
  // Array.prototype.sort is stable, so equal reports keep their file order.
  return reports.filter((r) => r.villageId === villageId).sort(compareReports);
}

/** The last report of a history in that order (the newest dated one, if any); null for an empty one. */
export function latestStatus(history: readonly VillageStatusReport[]): VillageStatusReport | null {
  return history.at(-1) ?? null;
}

export function statusKind(status: VillageStatus): VillageStatusKind {
  return VILLAGE_STATUS_KINDS[status];
}

/** True when the latest report says some connection is in place (progress, not a gap). */
export function isConnected(village: Village): boolean {
  return statusKind(village.latest.status) === 'connected';
}

/** True for a village with coordinates: it is drawn on the map; the others are only listed. */
export function isMapped(
  village: Village,
): village is Village & { readonly position: readonly [number, number] } {
  return village.position !== null;
}

/**
 * A report's date for the language-neutral downloads (CSV, GeoJSON): `2021-08-11`, or, for a report
 * whose source shows no date, `date not stated (not later than 2026-12)`.
 */
export function reportDateText(report: VillageStatusReport): string {
  if (isDated(report)) return report.date.text;
  return report.dateBound ? `date not stated (${boundText(report.dateBound)})` : 'date not stated';
}

/** A bound in the data's words: `not later than 2026-12`, `not earlier than 2017, not later than 2026-12`. */
function boundText(bound: PartialDate): string {
  return bound.end
    ? `not earlier than ${pointText(bound, 'start')}, not later than ${pointText(bound, 'end')}`
    : `not later than ${bound.text}`;
}

function pointText(bound: PartialDate, which: 'start' | 'end'): string {
  const [start, end] = bound.text.split('/');
  return (which === 'start' ? start : end) ?? bound.text;
}

/** A compact one-line history for spreadsheets: `2021-08-11: awaiting-connection; 2024: connected-fibre`. */
export function historyText(village: Village): string {
  return village.history.map((r) => `${reportDateText(r)}: ${r.status}`).join('; ');
}
