/**
 * Validated rows to the typed model. Pure: no I/O. Every validated row becomes exactly one model
 * object (the tests count them), so nothing a maintainer adds is dropped on the way to the page.
 */
import type { CellValue } from '../data/cells.ts';
import type { Dataset } from '../data/load.ts';
import type { PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import type { DataRow } from '../data/validate-table.ts';
import type { Lang, Model, Names, Reported, VillageStatus, VillageStatusReport } from './types.ts';
import { latestStatus, statusHistory } from './village-status.ts';

type Values = DataRow['values'];

const str = (v: Values, k: string): string => v[k] as string;
const optStr = (v: Values, k: string): string | null => (v[k] === null ? null : (v[k] as string));
const bool = (v: Values, k: string): boolean => v[k] as boolean;
const date = (v: Values, k: string): PartialDate => v[k] as PartialDate;
function reported<T extends CellValue>(v: Values, k: string): Reported<T> {
  return v[k] === NOT_REPORTED ? NOT_REPORTED : (v[k] as T);
}
const names = (v: Values, prefix = 'name'): Names => ({
  kk: str(v, `${prefix}_kk`),
  ru: str(v, `${prefix}_ru`),
  en: str(v, `${prefix}_en`),
});

export function buildModel(dataset: Dataset): Model {
  const { tables, outlines, places } = dataset;
  const rows = (name: keyof typeof tables) => tables[name].map((r) => r.values);
  const reports: VillageStatusReport[] = rows('village-statuses').map((v) => ({
    id: str(v, 'id'),
    villageId: str(v, 'village_id'),
    status: str(v, 'status') as VillageStatus,
    date: date(v, 'date'),
    sourceId: str(v, 'source_id'),
    nameInSource: optStr(v, 'name_in_source'),
    note: optStr(v, 'note'),
  }));
  return {
    sources: rows('sources').map((v) => ({
      id: str(v, 'id'),
      title: str(v, 'title'),
      publisher: optStr(v, 'publisher'),
      url: optStr(v, 'url'),
      language: str(v, 'language') as Lang,
      published: reported<PartialDate>(v, 'published'),
      accessed: reported<PartialDate>(v, 'accessed'),
      notes: optStr(v, 'notes'),
    })),
    regions: rows('regions').map((v) => ({
      id: str(v, 'id'),
      level: str(v, 'level') as 'country' | 'region',
      parentId: optStr(v, 'parent_id'),
      names: names(v),
      shortNames: names(v, 'short_name'),
      iso: optStr(v, 'iso_3166_2'),
      kato: optStr(v, 'kato'),
      sourceId: str(v, 'source_id'),
      outline: outlines.find((o) => o.regionId === str(v, 'id'))?.geometry ?? null,
    })),
    districts: rows('districts').map((v) => ({
      id: str(v, 'id'),
      regionId: str(v, 'region_id'),
      names: names(v),
      kato: optStr(v, 'kato'),
      sourceId: str(v, 'source_id'),
    })),
    departments: rows('departments').map((v) => ({
      id: str(v, 'id'),
      regionId: str(v, 'region_id'),
      names: names(v),
      namesTranslated: bool(v, 'names_translated'),
      kind: str(v, 'kind') as 'department' | 'institution',
      sourceId: str(v, 'source_id'),
      notes: optStr(v, 'notes'),
    })),
    digitization: rows('digitization').map((v) => ({
      id: str(v, 'id'),
      regionId: str(v, 'region_id'),
      departmentId: str(v, 'department_id'),
      date: date(v, 'date'),
      total: reported<number>(v, 'services_total'),
      digital: reported<number>(v, 'services_digital'),
      notDigital: reported<number>(v, 'services_not_digital'),
      status: str(v, 'status') as Model['digitization'][number]['status'],
      sourceId: str(v, 'source_id'),
      note: optStr(v, 'note'),
    })),
    services: rows('services').map((v) => ({
      id: str(v, 'id'),
      regionId: str(v, 'region_id'),
      departmentId: str(v, 'department_id'),
      date: date(v, 'date'),
      names: names(v),
      namesTranslated: bool(v, 'names_translated'),
      status: str(v, 'status') as 'digital' | 'not-digital',
      sourceId: str(v, 'source_id'),
      note: optStr(v, 'note'),
    })),
    indicators: rows('indicators').map((v) => ({
      id: str(v, 'id'),
      unit: str(v, 'unit') as 'count' | 'percent',
      names: names(v),
      definitions: names(v, 'definition'),
    })),
    indicatorValues: rows('indicator-values').map((v) => ({
      id: str(v, 'id'),
      indicatorId: str(v, 'indicator_id'),
      regionId: str(v, 'region_id'),
      date: reported<PartialDate>(v, 'date'),
      value: v.value as number,
      sourceId: str(v, 'source_id'),
      note: optStr(v, 'note'),
    })),
    villages: rows('villages').map((v) => {
      const history = statusHistory(reports, str(v, 'id'));
      const latest = latestStatus(history);
      if (!latest) throw new Error(`village ${str(v, 'id')} has no status report`);
      return {
        id: str(v, 'id'),
        regionId: str(v, 'region_id'),
        districtId: str(v, 'district_id'),
        names: names(v),
        nameEnRomanized: bool(v, 'name_en_romanized'),
        position: [v.lon as number, v.lat as number] as const,
        history,
        latest,
        coordinateSourceId: str(v, 'coordinate_source_id'),
        coordinateNote: str(v, 'coordinate_note'),
        coordinateUrl: optStr(v, 'coordinate_url'),
        note: optStr(v, 'note'),
      };
    }),
    places: places.map((p) => ({
      id: p.id,
      nameEn: p.nameEn,
      nameKk: p.nameKk,
      nameRu: p.nameRu,
      featureCode: p.featureCode,
      population: p.population,
      position: p.position,
    })),
    neighbours: outlines
      .filter((o) => o.regionId === null)
      .map((o) => ({ iso: o.iso, nameEn: o.nameEn, nameRu: o.nameRu, geometry: o.geometry })),
  };
}
