/** The typed model every page, chart and embed reads. Built only from validated data. */

import type { Lang } from '../data/langs.ts';
import type { PartialDate } from '../data/partial-date.ts';
import type {
  DIGITIZATION_STATUSES,
  INDICATOR_ROLES,
  INDICATOR_UNITS,
  NotReported,
  SERVICE_STATUSES,
  VillageStatus,
} from '../data/schema.ts';
import type { AreaGeometry, Position } from '../geo/geometry.ts';
import type { DataVersion } from './load-data-version.ts';

export type { Lang } from '../data/langs.ts';
export type Names = Readonly<Record<Lang, string>>;
/** A figure a source either gives or does not: never a zero standing in for "unknown". */
export type Reported<T> = T | NotReported;

/** How a source reads on a page in one language, as data/sources.csv gives it; null where a cell is empty. */
export interface SourceStrings {
  /** A headline's meaning in the language, or, for a described source, its description. */
  readonly title: string | null;
  readonly publisher: string | null;
  readonly note: string | null;
}

/** A source with no display strings: pages show its original title, and its English note only in English. */
export const NO_SOURCE_STRINGS: Readonly<Record<Lang, SourceStrings>> = {
  kk: { title: null, publisher: null, note: null },
  ru: { title: null, publisher: null, note: null },
  en: { title: null, publisher: null, note: null },
};

export interface Source {
  readonly id: string;
  readonly title: string;
  /** True when the headline was not preserved and `title` is our English description of the item. */
  readonly titleIsDescription: boolean;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: Lang;
  readonly published: Reported<PartialDate>;
  readonly accessed: Reported<PartialDate>;
  readonly notes: string | null;
  readonly strings: Readonly<Record<Lang, SourceStrings>>;
}

/** An exact short quote from a source, and the data rows it is evidence for. */
export interface SourceQuote {
  readonly id: string;
  readonly sourceId: string;
  readonly quote: string;
  readonly language: Lang;
  /** Where in the source it stands: "headline", "paragraph 3", … */
  readonly where: string;
  /** Ids of rows in indicator-values, village-statuses, digitization or services. */
  readonly supports: readonly string[];
}

export interface Region {
  readonly id: string;
  readonly level: 'country' | 'region';
  readonly parentId: string | null;
  readonly names: Names;
  /** For titles: "Zhambyl" rather than "Zhambyl Region". */
  readonly shortNames: Names;
  readonly iso: string | null;
  readonly kato: string | null;
  readonly sourceId: string;
  readonly outline: AreaGeometry | null;
}

export interface District {
  readonly id: string;
  readonly regionId: string;
  readonly names: Names;
  readonly kato: string | null;
  readonly sourceId: string;
}

export interface Department {
  readonly id: string;
  readonly regionId: string;
  readonly names: Names;
  readonly namesTranslated: boolean;
  readonly kind: 'department' | 'institution';
  readonly sourceId: string;
  readonly notes: string | null;
}

type DigitizationStatus = (typeof DIGITIZATION_STATUSES)[number];

export interface DigitizationRecord {
  readonly id: string;
  readonly regionId: string;
  readonly departmentId: string;
  readonly date: PartialDate;
  readonly total: Reported<number>;
  readonly digital: Reported<number>;
  readonly notDigital: Reported<number>;
  readonly status: DigitizationStatus;
  readonly sourceId: string;
  readonly note: string | null;
}

export interface NamedService {
  readonly id: string;
  readonly regionId: string;
  readonly departmentId: string;
  readonly date: PartialDate;
  readonly names: Names;
  readonly namesTranslated: boolean;
  readonly status: (typeof SERVICE_STATUSES)[number];
  readonly sourceId: string;
  readonly note: string | null;
}

export interface Indicator {
  readonly id: string;
  readonly unit: (typeof INDICATOR_UNITS)[number];
  readonly names: Names;
  readonly definitions: Names;
  /** What the story uses it for (data/indicators.csv `role`), or null. */
  readonly role: (typeof INDICATOR_ROLES)[number] | null;
}

export interface IndicatorValue {
  readonly id: string;
  readonly indicatorId: string;
  readonly regionId: string;
  readonly date: Reported<PartialDate>;
  readonly value: number;
  readonly sourceId: string;
  readonly note: string | null;
  /** The source gives the value as approximate or round: pages say "about". Absent means exact. */
  readonly approximate?: boolean;
}

export type { VillageStatus, VillageStatusKind } from '../data/schema.ts';

/** One report of what a source said about a village's internet, dated as precisely as its source. */
export interface VillageStatusReport {
  readonly id: string;
  readonly villageId: string;
  readonly status: VillageStatus;
  /** `not-reported` when the source shows no date: the page says "date not stated". */
  readonly date: Reported<PartialDate>;
  /**
   * For an undated report only (null otherwise): the honest bound on when it appeared. A single date
   * reads "not later than" it; an interval "not earlier than its start, not later than its end".
   */
  readonly dateBound: PartialDate | null;
  readonly sourceId: string;
  /** The name as this source writes it, when it differs from ours (e.g. cut off): ours is a reading. */
  readonly nameInSource: string | null;
  /** The report's note in each language; null where there is none, or it is not yet translated. */
  readonly notes: Readonly<Record<Lang, string | null>>;
}

export interface Village {
  readonly id: string;
  readonly regionId: string;
  readonly districtId: string;
  readonly names: Names;
  readonly nameEnRomanized: boolean;
  /**
   * Longitude and latitude; null for a place no record locates (its `coordinateNote` says why): it
   * is listed on the villages page and in the downloads, never drawn.
   */
  readonly position: Position | null;
  /** Every report on this village, undated ones first, then dated ones oldest first; never empty. */
  readonly history: readonly VillageStatusReport[];
  /** The newest dated report, or, for a village with none, the last undated one: what the map shows. */
  readonly latest: VillageStatusReport;
  readonly coordinateSourceId: string;
  readonly coordinateNote: string;
  readonly coordinateUrl: string | null;
  readonly note: string | null;
}

/** A town from the gazetteer, used to label the static map. */
export interface Place {
  readonly id: string;
  readonly nameEn: string;
  /** Null when the gazetteer gives no clear Kazakh (Russian) form: the label is then left out. */
  readonly nameKk: string | null;
  readonly nameRu: string | null;
  readonly featureCode: string;
  readonly population: number | null;
  readonly position: Position;
}

/** An outline on the basemap that is not one of our regions (neighbours, for context). */
export interface NeighbourOutline {
  readonly iso: string;
  readonly nameEn: string;
  readonly nameRu: string | null;
  readonly geometry: AreaGeometry;
}

export interface Model {
  readonly sources: readonly Source[];
  /** In the order of data/source-quotes.csv. */
  readonly sourceQuotes: readonly SourceQuote[];
  readonly regions: readonly Region[];
  readonly districts: readonly District[];
  readonly departments: readonly Department[];
  readonly digitization: readonly DigitizationRecord[];
  readonly services: readonly NamedService[];
  readonly indicators: readonly Indicator[];
  readonly indicatorValues: readonly IndicatorValue[];
  readonly villages: readonly Village[];
  readonly places: readonly Place[];
  readonly neighbours: readonly NeighbourOutline[];
  /** The region this site is about, chosen at the edge (DATA_REGION); absent: the only region-level row. */
  readonly siteRegionId?: string;
  /** The data's git commit, set at the edge by `getModel()`; absent (version unknown) in fixtures and outside git. */
  readonly dataVersion?: DataVersion;
}
