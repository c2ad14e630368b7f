/**
 * The three findings the story opens with, picked from the model by indicator role and date, so that
 * the first screen stays true when a valid row is added: the earliest count of villages without
 * internet, the latest count of settlements without mobile internet (and how many of them the data
 * names), and what no source answers. Pure: the same model gives the same findings.
 */
import { compareDates, dateSpan } from '../data/partial-date.ts';
import { type DatedValue, isDated } from './indicator-series.ts';
import { seriesOf } from './queries.ts';
import type { Indicator, Model, Region } from './types.ts';

type IndicatorRole = NonNullable<Indicator['role']>;

/** The indicator that plays a role in the story (data/indicators.csv `role`), or null. */
export function indicatorWithRole(model: Model, role: IndicatorRole): string | null {
  return model.indicators.find((i) => i.role === role)?.id ?? null;
}

interface FirstFinding {
  readonly kind: 'first';
  readonly value: DatedValue;
}

interface LatestFinding {
  readonly kind: 'latest';
  readonly value: DatedValue;
  /** Settlements of the region the same source names as having no mobile internet. */
  readonly named: number;
  /** Of those named, how many have a later report (e.g. a connection), so "no later report" is false for them. */
  readonly laterReported: number;
}

interface UnknownFinding {
  readonly kind: 'unknown';
  readonly first: DatedValue | null;
  readonly latest: DatedValue | null;
  /** How many settlements of the latest count no row names; 0 when all are named or no count exists. */
  readonly unnamed: number;
  /** How many named settlements of the latest count have a later report; 0 when no count exists. */
  readonly laterReported: number;
}

export type FrontFinding = FirstFinding | LatestFinding | UnknownFinding;

export interface FrontFindings {
  readonly first: FirstFinding | null;
  readonly latest: LatestFinding | null;
  /** Null only when there is nothing to say anything about: no first and no latest count. */
  readonly unknown: UnknownFinding | null;
}

/** Latest by the last day a date covers; equal spans by start, then by row id, so ties are stable. */
function byLatest(a: DatedValue, b: DatedValue): number {
  const la = dateSpan(a.date).last;
  const lb = dateSpan(b.date).last;
  if (la !== lb) return la < lb ? -1 : 1;
  return compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function dated(model: Model, role: IndicatorRole, region: Region): DatedValue[] {
  const id = indicatorWithRole(model, role);
  return id ? seriesOf(model, id, region.id).filter(isDated) : [];
}

/**
 * The villages a count's source names: those with a report of the same status from the same
 * source. The one definition of "the named villages" (front page, story, methodology, map).
 */
export function villagesNamedBy(model: Model, region: Region, value: DatedValue) {
  return model.villages.filter(
    (v) =>
      v.regionId === region.id &&
      v.history.some((r) => r.status === 'no-mobile-internet' && r.sourceId === value.sourceId),
  );
}

export function frontFindings(model: Model, region: Region): FrontFindings {
  const firstValue = dated(model, 'first-count', region).sort(byLatest)[0];
  const latestValue = dated(model, 'latest-count', region).sort(byLatest).at(-1);

  const first: FirstFinding | null = firstValue ? { kind: 'first', value: firstValue } : null;
  // Named by that report, whatever later reports say of the village since.
  const named = latestValue ? villagesNamedBy(model, region, latestValue) : [];
  // A village whose newest report is not that one was reported on again (connected, say).
  const laterReported = latestValue
    ? named.filter(
        (v) => !(v.latest.status === 'no-mobile-internet' && v.latest.sourceId === latestValue.sourceId),
      ).length
    : 0;
  const latest: LatestFinding | null = latestValue
    ? { kind: 'latest', value: latestValue, named: named.length, laterReported }
    : null;
  const unknown: UnknownFinding | null =
    first || latest
      ? {
          kind: 'unknown',
          first: first?.value ?? null,
          latest: latest?.value ?? null,
          unnamed: latest ? Math.max(0, latest.value.value - latest.named) : 0,
          laterReported,
        }
      : null;
  return { first, latest, unknown };
}

/** The findings that exist, in reading order. */
export const findingList = (f: FrontFindings): FrontFinding[] =>
  [f.first, f.latest, f.unknown].filter((x): x is FrontFinding => x !== null);
