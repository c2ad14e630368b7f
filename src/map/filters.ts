/**
 * The list and map filters, kept in the query string (`?status=…&district=…`) so a filtered view
 * can be shared as a link. Runs in the browser; unknown values are ignored rather than showing an
 * empty page for a mistyped link.
 */

export interface VillageFilter {
  readonly status: string | null;
  readonly district: string | null;
}

export interface FilterChoices {
  readonly statuses: readonly string[];
  readonly districts: readonly string[];
}

export const NO_FILTER: VillageFilter = { status: null, district: null };

export function readFilter(search: string, choices: FilterChoices): VillageFilter {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: readonly string[]) => {
    const value = params.get(name);
    return value !== null && allowed.includes(value) ? value : null;
  };
  return { status: pick('status', choices.statuses), district: pick('district', choices.districts) };
}

/** The query string for a filter, keeping any other parameters the address carries. */
export function writeFilter(search: string, filter: VillageFilter): string {
  const params = new URLSearchParams(search);
  for (const name of ['status', 'district'] as const) {
    const value = filter[name];
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesFilter(item: { status: string; district: string }, filter: VillageFilter): boolean {
  return (
    (filter.status === null || item.status === filter.status) &&
    (filter.district === null || item.district === filter.district)
  );
}
