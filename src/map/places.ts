/** Which towns of the gazetteer get a label on the maps. */
import type { Lang, Place } from '../model/types.ts';

/**
 * The regional seat (GeoNames `PPLA`) and then the most populous towns, up to `count`. GeoNames gives
 * no district seats, so the labels say "town", never "district centre". Ties go by id, so the same
 * data always labels the same towns.
 */
export function labelledPlaces(places: readonly Place[], count = 4): Set<string> {
  const rank = (p: Place) => (p.featureCode === 'PPLA' ? Number.POSITIVE_INFINITY : (p.population ?? -1));
  const ordered = [...places].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id));
  return new Set(ordered.slice(0, count).map((p) => p.id));
}

/**
 * A town's label in the page's language. Kazakh and Russian pages never fall back to the Latin
 * name: a town whose Cyrillic name the gazetteer leaves unclear goes unlabelled there.
 */
export function placeLabel(place: Pick<Place, 'nameEn' | 'nameKk' | 'nameRu'>, lang: Lang): string | null {
  if (lang === 'kk') return place.nameKk;
  if (lang === 'ru') return place.nameRu;
  return place.nameEn;
}
