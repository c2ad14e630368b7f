/**
 * Which indicators each indicator chart draws, and the domain questions the charts and the prose
 * both ask of them. The ids are data (`indicators.csv`); this is the one place code names them,
 * so charts, the story and the methodology cannot disagree. Pure.
 */
import { siteRegion } from './queries.ts';
import type { IndicatorValue, Model } from './types.ts';

/** The region's connectivity indicators, in reading order: 2018's count first, then the later measures. */
export const CONNECTIVITY_INDICATORS = [
  'villages-without-internet',
  'settlements-no-mobile-internet',
  'settlements-2g3g-only',
  'settlements-4g',
  'settlements-4g-planned',
  'settlements-fibre',
  'settlements-high-speed-share',
  'settlements-total',
  'settlements-state-offices-fibre',
  'state-offices-fibre',
] as const;

/** The country's connectivity measures, drawn in a panel of their own: a backdrop, never a total. */
export const NATIONAL_CONNECTIVITY_INDICATORS = [
  'settlements-state-offices-fibre',
  'settlements-with-internet',
  'villages-no-mobile-internet-share',
  'villages-fibre',
  'villages-total',
] as const;

/** National public-services measures: what was available and used first, then how it was received, then plans. */
export const PUBLIC_SERVICES_INDICATORS = [
  'public-service-register-kinds',
  'leb-service-kinds',
  'e-service-kinds',
  'services-delivered-online-state-corporation',
  'households-e-government-share',
  'public-services-satisfaction',
  'leb-services-automated-share-target',
  'public-services-digitalization-target',
] as const;

/** Indicators whose values are plans, not results: drawn hollow and labelled as targets. */
export const TARGET_INDICATORS: ReadonlySet<string> = new Set([
  'leb-services-automated-share-target',
  'public-services-digitalization-target',
]);

/** The regional article's literacy figure, whose definition the article never gives. */
export const ARTICLE_LITERACY = 'digital-literacy-article';
/** The national literacy statistics, each its own definition (age band). */
export const NATIONAL_LITERACY = [
  'digital-literacy-national-6plus',
  'digital-literacy-national-6-74',
] as const;

/** Categories one source gives for the same settlements; if they sum past its total, they overlap. */
const CATEGORIES = ['settlements-2g3g-only', 'settlements-4g', 'settlements-no-mobile-internet'];

/** Counts from one source whose categories add up to more than its own total of settlements. */
export function categoryOverlap(model: Model): { sum: number; total: IndicatorValue } | null {
  const region = siteRegion(model).id;
  const values = model.indicatorValues.filter((v) => v.regionId === region);
  for (const total of values.filter((v) => v.indicatorId === 'settlements-total')) {
    const parts = CATEGORIES.map((id) =>
      values.find((v) => v.indicatorId === id && v.sourceId === total.sourceId),
    );
    if (parts.some((p) => !p)) continue;
    const sum = parts.reduce((acc, p) => acc + (p?.value ?? 0), 0);
    if (sum > total.value) return { sum, total };
  }
  return null;
}
