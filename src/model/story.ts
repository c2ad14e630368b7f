/**
 * The story's facts, computed once from the model: what the copy in src/content/story/*.mdoc may
 * test with `{% if $facts.name %}` and print with `{% figure fact="name" /%}`. Each fact is the one
 * definition of its idea (the story's year, the named villages, whether anything later is known),
 * so a sentence that depends on it is printed only while the data support it. Pure.
 */
import { NOT_REPORTED } from '../data/schema.ts';
import { departmentEntries, recordDates } from './department-entries.ts';
import { frontFindings, indicatorWithRole, villagesNamedBy } from './front-findings.ts';
import { type DatedValue, isDated } from './indicator-series.ts';
import { seriesOf, siteRegion } from './queries.ts';
import type { Model, VillageStatusReport } from './types.ts';

/** A report's date as the data writes it: `not-reported` when its source states none. */
const reportDate = (r: VillageStatusReport): string => (r.date === NOT_REPORTED ? NOT_REPORTED : r.date.text);

/** A figure with its source and, where it has one, its date (as written in the data). */
interface CitedFigure {
  readonly value: number;
  readonly sourceId: string;
  readonly date: string | null;
}

/** The latest report on one village. */
interface VillageFact {
  readonly status: string;
  readonly date: string;
  readonly sourceId: string;
}

/**
 * Absent facts are `false`, never null: Markdoc resolves `$facts.latest.sourceId` even inside a false
 * `{% if %}`, and a path through null throws where one through false gives undefined.
 */
export interface StoryFacts {
  /** The story's year: that of the first count of villages without internet, else of the first department record. */
  readonly year: number | null;
  /** The first count of villages without internet (role `first-count`). */
  readonly first: CitedFigure | false;
  /** A later value of the same measure, if any: then "26 → 11" is not the whole series. */
  readonly firstRepeated: CitedFigure | false;
  /** Whether the first count's source names any of its villages in the data. */
  readonly firstNamed: boolean;
  /** The latest count of settlements with no mobile internet at all (role `latest-count`). */
  readonly latest: CitedFigure | false;
  /** Whether the latest count's date is a range inferred from context rather than printed. */
  readonly latestApprox: boolean;
  /** Settlements in the region by the same source and date (role `latest-total`). */
  readonly latestTotal: CitedFigure | false;
  /** How many of the latest count the same source names (villages.csv), when at least one. */
  readonly latestNamed: CitedFigure | false;
  /** The named ones, by village id, in data order. */
  readonly latestNamedVillages: readonly string[];
  /** How many of the latest count no row names, when at least one. */
  readonly latestUnnamed: CitedFigure | false;
  /** Named villages of the latest count that have a later report (e.g. connected). */
  readonly laterReported: number;
  /** True while no row says anything of the latest count's villages after it: "now unknown". */
  readonly nowUnknown: boolean;
  /** Each village's latest report, by village id: `$facts.village.kostobe`. */
  readonly village: Readonly<Record<string, VillageFact>>;
  /** Whether a page to report a village without internet exists (the villages page gives it later). */
  readonly reportVillage: boolean;
  /** Every source in the data, by id: a passage that cites one waits for it, `$facts.sources["id"]`. */
  readonly sources: Readonly<Record<string, true>>;
}

const cited = (v: DatedValue): CitedFigure => ({ value: v.value, sourceId: v.sourceId, date: v.date.text });

export function storyFacts(model: Model, regionId?: string): StoryFacts {
  const region = siteRegion(model, regionId);
  const { first, latest } = frontFindings(model, region);
  const firstId = indicatorWithRole(model, 'first-count');
  const firstLater =
    first && firstId
      ? seriesOf(model, firstId, region.id)
          .filter(isDated)
          .filter((v) => v !== first.value)
          .at(-1)
      : undefined;
  const regionVillages = model.villages.filter((v) => v.regionId === region.id);
  const firstNamed =
    first !== null &&
    regionVillages.some((v) =>
      v.history.some((r) => r.sourceId === first.value.sourceId && reportDate(r) === first.value.date.text),
    );
  const totalId = indicatorWithRole(model, 'latest-total');
  const total =
    latest && totalId
      ? seriesOf(model, totalId, region.id)
          .filter(isDated)
          .find((v) => v.sourceId === latest.value.sourceId && v.date.text === latest.value.date.text)
      : undefined;
  const named = latest ? villagesNamedBy(model, region, latest.value) : [];
  const unnamed = latest ? latest.value.value - named.length : 0;
  const year =
    first?.value.date.start.year ?? recordDates(departmentEntries(model, region))[0]?.start.year ?? null;
  return {
    year,
    first: first ? cited(first.value) : false,
    firstRepeated: firstLater ? cited(firstLater) : false,
    firstNamed,
    latest: latest ? cited(latest.value) : false,
    latestApprox: latest?.value.date.end !== undefined,
    latestTotal: total ? cited(total) : false,
    latestNamed:
      latest && named.length > 0
        ? { value: named.length, sourceId: latest.value.sourceId, date: null }
        : false,
    latestNamedVillages: named.map((v) => v.id),
    latestUnnamed:
      latest && unnamed > 0 ? { value: unnamed, sourceId: latest.value.sourceId, date: null } : false,
    laterReported: latest?.laterReported ?? 0,
    nowUnknown: latest !== null && latest.laterReported === 0,
    village: Object.fromEntries(
      regionVillages.map((v) => [
        v.id,
        { status: v.latest.status, date: reportDate(v.latest), sourceId: v.latest.sourceId },
      ]),
    ),
    reportVillage: false,
    sources: Object.fromEntries(model.sources.map((s) => [s.id, true as const])),
  };
}
