/**
 * The facts the methodology copy (src/content/methodology/<lang>.mdoc) may cite: each known gap is
 * a passage inside `{% if $facts.name %}`, so a gap the data no longer has drops out, and its
 * figures are cited counts. Pure, so the page and the build's copy check see the same facts.
 */
import { sourceName } from '../i18n/source-display.ts';
import { ARTICLE_LITERACY, categoryOverlap, NATIONAL_LITERACY } from '../model/chart-indicators.ts';
import { departmentEntries, sharesPossible } from '../model/department-entries.ts';
import { type DatedValue, isDated } from '../model/indicator-series.ts';
import { countryOf, seriesOf, siteRegion } from '../model/queries.ts';
import type { IndicatorValue, Lang, Model, Region } from '../model/types.ts';
import type { CitedCount, Fact } from './context.ts';

export function methodologyFacts(model: Model, lang: Lang): Record<string, Fact> {
  const region = siteRegion(model);
  const country = countryOf(model, region);
  const firstDated = (indicatorId: string, r: Region | null = region): DatedValue | undefined =>
    r ? seriesOf(model, indicatorId, r.id).find(isDated) : undefined;
  const regionValues = model.indicatorValues.filter(
    (v) => v.regionId === region.id || v.regionId === country?.id,
  );
  const villagesFirst = firstDated('villages-without-internet');
  const services = firstDated('public-service-kinds');
  const literacy = firstDated(ARTICLE_LITERACY);
  const year = (villagesFirst ?? services ?? literacy)?.date.start.year;
  const sameYear = NATIONAL_LITERACY.flatMap((id) => (country ? seriesOf(model, id, country.id) : []))
    .filter(isDated)
    .filter((v) => v.date.start.year === literacy?.date.start.year && !v.date.end)
    .sort((a, b) => a.value - b.value);
  const noMobile = firstDated('settlements-no-mobile-internet');
  const named = noMobile
    ? model.villages.filter(
        (v) =>
          v.regionId === region.id &&
          v.history.some((r) => r.status === 'no-mobile-internet' && r.sourceId === noMobile.sourceId),
      ).length
    : 0;
  const totals = seriesOf(model, 'settlements-total', region.id).filter(
    (v, i, all) => all.findIndex((o) => o.value === v.value) === i,
  );
  const overlap = categoryOverlap(model);
  const cited = (v: IndicatorValue): CitedCount => ({ value: v.value, sourceId: v.sourceId });
  const count = (value: number, sourceId: string): CitedCount => ({ value, sourceId });
  const low = sameYear[0];
  const high = sameYear.at(-1);
  const noUrl = model.sources.find((s) => !s.url && !s.publisher);
  return {
    villages2018: villagesFirst ? cited(villagesFirst) : null,
    villagesYear: villagesFirst?.date.start.year ?? null,
    unknownVillages: noMobile && named < noMobile.value ? cited(noMobile) : null,
    namedVillages: noMobile ? count(named, noMobile.sourceId) : null,
    unnamedVillages: noMobile ? count(noMobile.value - named, noMobile.sourceId) : null,
    literacy: literacy && low && high ? cited(literacy) : null,
    literacyYear: literacy?.date.start.year ?? null,
    literacyLow: low ? cited(low) : null,
    literacyHigh: high ? cited(high) : null,
    totalsUnknown: services && !sharesPossible(departmentEntries(model, region)) ? cited(services) : null,
    undated: regionValues.some((v) => !isDated(v)),
    settlementTotals: totals.length > 1,
    settlementTotalFirst: totals[0] ? cited(totals[0]) : null,
    settlementTotalSecond: totals[1] ? cited(totals[1]) : null,
    overlap: overlap ? cited(overlap.total) : null,
    overlapSum: overlap?.sum ?? null,
    measuresYear: year ?? null,
    ranges: regionValues.some((v) => isDated(v) && v.date.end !== undefined),
    noUrlSource: noUrl ? sourceName(lang, noUrl) : null,
  };
}
