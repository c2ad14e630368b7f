/**
 * Settlements a source counts but the map cannot show: a count larger than the villages that same
 * source names. Each count stays its own line (the 2018 villages and a later report's unnamed
 * settlements are different lists from different years; nothing says they overlap or not), never a
 * sum. Pure; the chart and the villages page read it here.
 */
import type { PartialDate } from '../data/partial-date.ts';
import { isDated } from './indicator-series.ts';
import type { Model, Region, VillageStatus } from './types.ts';

/** The counts that can leave settlements off the map, with the status their named villages carry. */
const COUNTED_SETTLEMENTS: readonly {
  readonly indicatorId: string;
  readonly status: VillageStatus;
}[] = [
  { indicatorId: 'villages-without-internet', status: 'no-internet' },
  { indicatorId: 'settlements-no-mobile-internet', status: 'no-mobile-internet' },
];

export interface UnmappedCount {
  readonly indicatorId: string;
  readonly date: PartialDate | 'not-reported';
  readonly sourceId: string;
  /** What the source counts. */
  readonly total: number;
  /** How many of them the same source names (and so the map shows). */
  readonly named: number;
  /** total − named: on no map, since no one knows where they are. */
  readonly unmapped: number;
}

export function unmappedCounts(model: Model, region: Region): UnmappedCount[] {
  return COUNTED_SETTLEMENTS.flatMap(({ indicatorId, status }) =>
    model.indicatorValues
      .filter((v) => v.indicatorId === indicatorId && v.regionId === region.id)
      .sort((a, b) => (isDated(a) && isDated(b) ? a.date.text.localeCompare(b.date.text) : 0))
      .flatMap((v) => {
        const named = model.villages.filter(
          (x) =>
            x.regionId === region.id &&
            x.history.some((r) => r.sourceId === v.sourceId && r.status === status),
        ).length;
        const unmapped = v.value - named;
        return unmapped > 0
          ? [{ indicatorId, date: v.date, sourceId: v.sourceId, total: v.value, named, unmapped }]
          : [];
      }),
  );
}
