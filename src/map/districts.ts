/** Villages grouped by their district, in the reader's alphabetical order. */
import { INTL_LOCALE } from '../i18n/locales.ts';
import { byId } from '../model/queries.ts';
import type { District, Lang, Village } from '../model/types.ts';

export interface DistrictGroup {
  readonly district: District;
  readonly villages: readonly Village[];
}

/**
 * Each village goes to the district its row names (the data is the authority: there are no district
 * outlines to test against). Districts without a village are left out; both levels are sorted by
 * name in the page's language, so Kazakh readers get Kazakh alphabetical order.
 */
export function groupByDistrict(
  villages: readonly Village[],
  districts: readonly District[],
  lang: Lang,
): DistrictGroup[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang]);
  const groups = new Map<string, Village[]>();
  for (const v of villages) {
    const list = groups.get(v.districtId) ?? [];
    list.push(v);
    groups.set(v.districtId, list);
  }
  return [...groups]
    .map(([id, list]) => ({
      district: byId(districts, id),
      villages: list.sort(
        (a, b) => collator.compare(a.names[lang], b.names[lang]) || a.id.localeCompare(b.id),
      ),
    }))
    .sort((a, b) => collator.compare(a.district.names[lang], b.district.names[lang]));
}
