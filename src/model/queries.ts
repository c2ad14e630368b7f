/** Small lookups over the model that pages and charts share. */
import { compareDates } from '../data/partial-date.ts';
import type { Model, Region, Source } from './types.ts';

export function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item with id ${id}`);
  return found;
}

export function sourceOf(model: Model, id: string): Source {
  return byId(model.sources, id);
}

/**
 * The region this build is about: the one the model was loaded for (`siteRegionId`, set by the
 * loader from DATA_REGION), otherwise the only region-level row. Keeping this a data choice is what
 * lets the same code publish another region; nothing here reads the environment.
 */
export function siteRegion(model: Model, wanted = model.siteRegionId): Region {
  const regions = model.regions.filter((r) => r.level === 'region');
  if (wanted) return byId(regions, wanted);
  const [first] = regions;
  if (!first) throw new Error('data/regions.csv has no region-level row');
  return first;
}

export function countryOf(model: Model, region: Region): Region | null {
  return region.parentId ? (model.regions.find((r) => r.id === region.parentId) ?? null) : null;
}

/** Values of one indicator for one region, oldest first; undated values last. */
export function seriesOf(model: Model, indicatorId: string, regionId: string) {
  return model.indicatorValues
    .filter((v) => v.indicatorId === indicatorId && v.regionId === regionId)
    .sort((a, b) => {
      if (typeof a.date === 'string') return typeof b.date === 'string' ? 0 : 1;
      if (typeof b.date === 'string') return -1;
      return compareDates(a.date, b.date);
    });
}
