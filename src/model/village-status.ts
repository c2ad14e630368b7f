/**
 * A village's dated status reports: ordering, the latest one, and whether a status is a gap or
 * progress. Pure, so the map, the pages and a history list all read a village the same way.
 */
import { compareDates } from '../data/partial-date.ts';
import { VILLAGE_STATUS_KINDS } from '../data/schema.ts';
import type { Village, VillageStatus, VillageStatusKind, VillageStatusReport } from './types.ts';

/** Reports of one village, oldest first (by the span each date covers). */
export function statusHistory(
  reports: readonly VillageStatusReport[],
  villageId: string,
): VillageStatusReport[] {
  return reports.filter((r) => r.villageId === villageId).sort((a, b) => compareDates(a.date, b.date));
}

/** The newest report of a history sorted oldest first; null for an empty one. */
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

/** A compact one-line history for spreadsheets: `2021-08-11: awaiting-connection; 2024: connected-fibre`. */
export function historyText(village: Village): string {
  return village.history.map((r) => `${r.date.text}: ${r.status}`).join('; ');
}
