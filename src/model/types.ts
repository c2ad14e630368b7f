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

export type { Lang } from '../data/langs.ts';
export type Names = Readonly<Record<Lang, string>>;
/** A figure a source either gives or does not: never a zero standing in for "unknown". */
export type Reported<T> = T | NotReported;

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly language: Lang;
  readonly published: Reported<PartialDate>;
  readonly accessed: Reported<PartialDate>;
  readonly notes: string | null;
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

export type DigitizationStatus = (typeof DIGITIZATION_STATUSES)[number];

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
}

export type { VillageStatus, VillageStatusKind } from '../data/schema.ts';

/** One dated report of what a source said about a village's internet. */
export interface VillageStatusReport {
  readonly id: string;
  readonly villageId: string;
  readonly status: VillageStatus;
  readonly date: PartialDate;
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
  readonly position: Position;
  /** Every report on this village, oldest first; never empty (the validator sees to that). */
  readonly history: readonly VillageStatusReport[];
  /** The newest report: what the map shows. */
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
}
