/**
 * The list and map filters, kept in the query string (`?status=…&district=…&date=undated`) so a filtered view
 * can be shared as a link. Runs in the browser; unknown values are ignored rather than showing an
 * empty page for a mistyped link.
 */

export interface VillageFilter {
  readonly status: string | null;
  readonly district: string | null;
  /** `dated` or `undated`: whether the latest report's source states its date. */
  readonly date: string | null;
}

export interface FilterChoices {
  readonly statuses: readonly string[];
  readonly districts: readonly string[];
}

/** The values of the date filter: the latest report is dated, or its source states no date. */
export const DATE_CHOICES = ['dated', 'undated'] as const;

export const NO_FILTER: VillageFilter = { status: null, district: null, date: null };

export function readFilter(search: string, choices: FilterChoices): VillageFilter {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: readonly string[]) => {
    const value = params.get(name);
    return value !== null && allowed.includes(value) ? value : null;
  };
  return {
    status: pick('status', choices.statuses),
    district: pick('district', choices.districts),
    date: pick('date', DATE_CHOICES),
  };
}

/** The query string for a filter, keeping any other parameters the address carries. */
export function writeFilter(search: string, filter: VillageFilter): string {
  const params = new URLSearchParams(search);
  for (const name of ['status', 'district', 'date'] as const) {
    const value = filter[name];
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesFilter(
  item: { status: string; district: string; dated: boolean },
  filter: VillageFilter,
): boolean {
  return (
    (filter.status === null || item.status === filter.status) &&
    (filter.district === null || item.district === filter.district) &&
    (filter.date === null || item.dated === (filter.date === 'dated'))
  );
}
