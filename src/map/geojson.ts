/**
 * The two GeoJSON files the map publishes. `/data/villages.geojson` is a download for journalists
 * as much as data for the map; `/map/basemap.geojson` is only what the interactive map draws under
 * the villages. Both are RFC 7946 (WGS 84 longitude/latitude) and built with JSON.stringify, so no
 * string from the data can break out of its quotes.
 */
import { NOT_REPORTED } from '../data/schema.ts';
import type { AreaGeometry, Bounds, PolygonCoords, Position } from '../geo/geometry.ts';
import { byId, sourceOf } from '../model/queries.ts';
import type { Model, Region } from '../model/types.ts';
import { isDated, reportDateText, statusKind } from '../model/village-status.ts';
import { padBounds, regionBounds } from './bounds.ts';
import { clipGeometry } from './clip.ts';
import { labelledPlaces } from './places.ts';

/**
 * Properties of each village feature (documented here because journalists read the file):
 * `id`; `name_kk`, `name_ru`, `name_en`; `name_en_romanized` (true: the English name is our
 * romanization); `district_id` and `district_kk|ru|en`; `status`, the latest reported (one of
 * `VILLAGE_STATUSES`, e.g. `no-mobile-internet`, `connected-fibre`); `status_date` (as precise as the
 * source: `2021-08-11`, `2023/2024-09`, or `not-reported` when the source shows no date);
 * `status_dated` (false for such a report: "date not stated"); `status_date_bound` (for an undated
 * report, the bound: `2026-12` reads "not later than December 2026", `2017/2026-12` "between 2017
 * and December 2026"; null otherwise); `status_date_label` (the same in words, `not-reported (not
 * later than 2026-12)`); `status_kind` (`gap` or `connected`); `source_id`,
 * `source_title`, `source_url` (null when not preserved) of that latest report; `coordinate_source_id`,
 * `coordinate_note` (for a place without coordinates, why: its `geometry` is null), `coordinate_url`;
 * `history`, every report oldest first, each
 * `{id, status, date, date_bound, date_label, source_id, name_in_source, note, note_kk, note_ru}` (undated reports
 * first, then dated ones oldest first; `name_in_source`: the name
 * as that source wrote it, when it differs from ours; `note` is English, `note_kk` and `note_ru` its
 * translations, null when missing).
 */
export function villagesCollection(model: Model, region: Region) {
  return {
    type: 'FeatureCollection',
    features: model.villages
      .filter((v) => v.regionId === region.id)
      .map((v) => {
        const district = byId(model.districts, v.districtId);
        const source = sourceOf(model, v.latest.sourceId);
        return {
          type: 'Feature',
          id: v.id,
          // RFC 7946 allows a feature without geometry: a place no record locates stays in the download.
          geometry: v.position ? { type: 'Point', coordinates: [v.position[0], v.position[1]] } : null,
          properties: {
            id: v.id,
            name_kk: v.names.kk,
            name_ru: v.names.ru,
            name_en: v.names.en,
            name_en_romanized: v.nameEnRomanized,
            district_id: v.districtId,
            district_kk: district.names.kk,
            district_ru: district.names.ru,
            district_en: district.names.en,
            status: v.latest.status,
            status_date: v.latest.date === NOT_REPORTED ? NOT_REPORTED : v.latest.date.text,
            status_dated: isDated(v.latest),
            status_date_bound: v.latest.dateBound?.text ?? null,
            status_date_label: reportDateText(v.latest),
            status_kind: statusKind(v.latest.status),
            source_id: v.latest.sourceId,
            source_title: source.title,
            source_url: source.url,
            coordinate_source_id: v.coordinateSourceId,
            coordinate_note: v.coordinateNote,
            coordinate_url: v.coordinateUrl,
            history: v.history.map((r) => ({
              id: r.id,
              status: r.status,
              date: r.date === NOT_REPORTED ? NOT_REPORTED : r.date.text,
              date_bound: r.dateBound?.text ?? null,
              date_label: reportDateText(r),
              source_id: r.sourceId,
              name_in_source: r.nameInSource,
              note: r.notes.en,
              note_kk: r.notes.kk,
              note_ru: r.notes.ru,
            })),
          },
        };
      }),
  };
}

/** Three decimals is about 100 m: finer than the map's deepest zoom without tiles needs. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const roundRing = (ring: readonly Position[]): Position[] => {
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p: Position = [round3(x), round3(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const roundPolygon = (polygon: PolygonCoords) => polygon.map(roundRing).filter((r) => r.length >= 4);
function roundGeometry(g: AreaGeometry): AreaGeometry {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: roundPolygon(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(roundPolygon) };
}

/** How far past the region a reader may pan, as a share of its size. */
export const PAN_MARGIN = 0.25;
/** Where the neighbours are cut: past the pan limit, since a wide screen shows more than its centre. */
export const BASEMAP_MARGIN = 0.75;

/**
 * The interactive map's basemap: the region (`kind: "region"`), its neighbours cut to the pannable
 * area (`kind: "neighbour"`), and the towns (`kind: "town"`, `name_en`, `label`: whether the town is
 * labelled). Only positions and English names of towns: GeoNames gives no Kazakh or Russian ones here.
 */
export function basemapCollection(
  model: Model,
  region: Region,
  box: Bounds = regionBox(model, region, BASEMAP_MARGIN),
) {
  const labelled = labelledPlaces(model.places);
  const area = (kind: string, iso: string | null, geometry: AreaGeometry) => ({
    type: 'Feature',
    properties: { kind, iso },
    geometry: roundGeometry(geometry),
  });
  const features = [
    ...model.neighbours.flatMap((n) => {
      const clipped = clipGeometry(n.geometry, box);
      return clipped ? [area('neighbour', n.iso, clipped)] : [];
    }),
    ...(region.outline ? [area('region', region.iso, region.outline)] : []),
    ...model.places.map((p) => ({
      type: 'Feature',
      properties: {
        kind: 'town',
        id: p.id,
        name_en: p.nameEn,
        name_kk: p.nameKk,
        name_ru: p.nameRu,
        label: labelled.has(p.id),
      },
      geometry: { type: 'Point', coordinates: [p.position[0], p.position[1]] },
    })),
  ];
  return { type: 'FeatureCollection', features };
}

/** The region and its villages, grown by `margin` (a share of its size) on every side. */
export function regionBox(model: Model, region: Region, margin: number): Bounds {
  const villages = model.villages.filter((v) => v.regionId === region.id);
  return padBounds(regionBounds(region, villages), margin);
}
