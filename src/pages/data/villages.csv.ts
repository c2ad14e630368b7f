/**
 * `/data/villages.csv`: the villages of `/data/villages.geojson` as a spreadsheet, with the same
 * columns as its properties plus `lat` and `lon`, so the two downloads can never disagree. The
 * `history` property becomes one compact text cell, `2021-08-11: awaiting-connection; 2024: …`, an
 * undated report reading `date not stated (not later than 2026-12): …`.
 */
import type { APIRoute } from 'astro';
import { villagesCollection } from '../../map/geojson.ts';
import { getModel } from '../../model/load-model.ts';
import { siteRegion } from '../../model/queries.ts';
import { toCsv } from '../../reuse/csv.ts';

export const GET: APIRoute = () => {
  const model = getModel();
  const rows = villagesCollection(model, siteRegion(model)).features.map((f) => ({
    ...f.properties,
    name_en_romanized: String(f.properties.name_en_romanized),
    status_dated: String(f.properties.status_dated),
    history: f.properties.history.map((r) => `${r.date_label}: ${r.status}`).join('; '),
    // A place no record locates has no geometry: its cells stay empty and coordinate_note says why.
    lat: f.geometry?.coordinates[1] ?? null,
    lon: f.geometry?.coordinates[0] ?? null,
  }));
  const keys = Object.keys(rows[0] ?? { id: '' });
  // Every column is required in the data except the URLs, which are empty when not preserved.
  return new Response(
    toCsv(
      keys.map((key) => ({ key, label: key })),
      rows,
      '',
    ),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
};
