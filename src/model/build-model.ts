/**
 * Validated rows to the typed model. Pure: no I/O. Every validated row becomes exactly one model
 * object (the tests count them), so nothing a maintainer adds is dropped on the way to the page.
 * Rows are typed by the contract (`Row<'villages'>` and so on), so every column read here is checked
 * by the compiler: a misspelt or removed column does not compile.
 */
import type { Dataset } from '../data/load.ts';
import { supportedIds } from '../data/schema.ts';
import type { Model, Names, VillageStatusReport } from './types.ts';
import { latestStatus, statusHistory } from './village-status.ts';

const names = (v: {
  readonly name_kk: string;
  readonly name_ru: string;
  readonly name_en: string;
}): Names => ({
  kk: v.name_kk,
  ru: v.name_ru,
  en: v.name_en,
});

export function buildModel(dataset: Dataset): Model {
  const { tables, outlines, places } = dataset;
  const reports: VillageStatusReport[] = tables['village-statuses'].map(({ values: v }) => ({
    id: v.id,
    villageId: v.village_id,
    status: v.status,
    date: v.date,
    dateBound: v.date_bound,
    sourceId: v.source_id,
    nameInSource: v.name_in_source,
    notes: { kk: v.note_kk, ru: v.note_ru, en: v.note },
  }));
  return {
    sources: tables.sources.map(({ values: v }) => ({
      id: v.id,
      title: v.title,
      titleIsDescription: v.title_kind === 'description',
      publisher: v.publisher,
      url: v.url,
      language: v.language,
      published: v.published,
      accessed: v.accessed,
      notes: v.notes,
      strings: {
        kk: { title: v.title_kk, publisher: v.publisher_kk, note: v.note_kk },
        ru: { title: v.title_ru, publisher: v.publisher_ru, note: v.note_ru },
        en: { title: v.title_en, publisher: null, note: v.note_en },
      },
    })),
    sourceQuotes: tables['source-quotes'].map(({ values: v }) => ({
      id: v.id,
      sourceId: v.source_id,
      quote: v.quote,
      language: v.language,
      where: v.where,
      supports: supportedIds(v.supports),
    })),
    regions: tables.regions.map(({ values: v }) => ({
      id: v.id,
      level: v.level,
      parentId: v.parent_id,
      names: names(v),
      shortNames: { kk: v.short_name_kk, ru: v.short_name_ru, en: v.short_name_en },
      iso: v.iso_3166_2,
      kato: v.kato,
      sourceId: v.source_id,
      outline: outlines.find((o) => o.regionId === v.id)?.geometry ?? null,
    })),
    districts: tables.districts.map(({ values: v }) => ({
      id: v.id,
      regionId: v.region_id,
      names: names(v),
      kato: v.kato,
      sourceId: v.source_id,
    })),
    departments: tables.departments.map(({ values: v }) => ({
      id: v.id,
      regionId: v.region_id,
      names: names(v),
      namesTranslated: v.names_translated,
      kind: v.kind,
      sourceId: v.source_id,
      notes: v.notes,
    })),
    digitization: tables.digitization.map(({ values: v }) => ({
      id: v.id,
      regionId: v.region_id,
      departmentId: v.department_id,
      date: v.date,
      total: v.services_total,
      digital: v.services_digital,
      notDigital: v.services_not_digital,
      status: v.status,
      sourceId: v.source_id,
      note: v.note,
    })),
    services: tables.services.map(({ values: v }) => ({
      id: v.id,
      regionId: v.region_id,
      departmentId: v.department_id,
      date: v.date,
      names: names(v),
      namesTranslated: v.names_translated,
      status: v.status,
      sourceId: v.source_id,
      note: v.note,
    })),
    indicators: tables.indicators.map(({ values: v }) => ({
      id: v.id,
      unit: v.unit,
      names: names(v),
      definitions: { kk: v.definition_kk, ru: v.definition_ru, en: v.definition_en },
      role: v.role,
    })),
    indicatorValues: tables['indicator-values'].map(({ values: v }) => ({
      id: v.id,
      indicatorId: v.indicator_id,
      regionId: v.region_id,
      date: v.date,
      value: v.value,
      sourceId: v.source_id,
      note: v.note,
      approximate: v.approximate === true,
    })),
    villages: tables.villages.map(({ values: v }) => {
      const history = statusHistory(reports, v.id);
      const latest = latestStatus(history);
      // The validator rejects a village without a report; this guards the model's promise all the same.
      if (!latest) throw new Error(`village ${v.id} has no status report`);
      return {
        id: v.id,
        regionId: v.region_id,
        districtId: v.district_id,
        names: names(v),
        nameEnRomanized: v.name_en_romanized,
        position: v.lat !== null && v.lon !== null ? ([v.lon, v.lat] as const) : null,
        history,
        latest,
        coordinateSourceId: v.coordinate_source_id,
        coordinateNote: v.coordinate_note,
        coordinateUrl: v.coordinate_url,
        note: v.note,
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
