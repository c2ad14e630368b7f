/**
 * Rules that span rows or files: unique ids, references, counts that must add up, coordinates that
 * must fall inside their region. They run on rows that passed the per-cell checks.
 */
import { type AreaGeometry, containsPoint, type Position } from '../geo/geometry.ts';
import type { RegionFeature } from './geojson.ts';
import type { Issue } from './issues.ts';
import { quote } from './issues.ts';
import {
  NOT_REPORTED,
  QUOTED_TABLES,
  type Row,
  supportedIds,
  TABLES,
  type TableName,
  tableSpec,
} from './schema.ts';
import type { DataRow } from './validate-table.ts';

export type Tables = { readonly [N in TableName]: readonly DataRow<Row<N>>[] };
export type KnownIds = ReadonlyMap<TableName, ReadonlySet<string>>;

/** Everything the cross-file rules read. */
export interface CheckInput {
  readonly tables: Tables;
  /** Every id written in each file, even on rows with other errors; a file that could not be read is absent. */
  readonly knownIds: KnownIds;
  /** Each file's header as written: a file may order its columns freely, and issues name the file's column. */
  readonly headers: ReadonlyMap<TableName, readonly string[]>;
  /** Every `village_id` written in village-statuses.csv; null when that file could not be read. */
  readonly reportedVillages: ReadonlySet<string> | null;
  readonly outlines: readonly RegionFeature[];
  /** Sources cited outside data/ (the copy files under src/content). */
  readonly citedElsewhere: ReadonlySet<string>;
}

const fileOf = (table: TableName) => `data/${tableSpec(table).path}`;

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

/** The id nearest to `value`, if one is close enough to be a typo of it. */
function nearest(value: string, ids: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const id of ids) {
    const distance = editDistance(value, id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}

function suggestion(value: string, ids: Iterable<string>): string {
  const best = nearest(value, ids);
  return best ? ` Did you mean ${quote(best)}?` : '';
}

type Located = (
  table: TableName,
  row: DataRow<unknown>,
  field: string,
  rest: Omit<Issue, 'file' | 'line' | 'column' | 'field'>,
) => Issue;

/** An issue at a cell, with the column counted in that file's own header. */
function locator(headers: CheckInput['headers']): Located {
  return (table, row, field, rest) => {
    const index = headers.get(table)?.indexOf(field) ?? -1;
    return {
      file: fileOf(table),
      line: row.line,
      field,
      ...(index >= 0 ? { column: index + 1 } : {}),
      ...rest,
    };
  };
}

/** A count, or null when the source gave none. */
const figure = (v: number | typeof NOT_REPORTED): number | null => (v === NOT_REPORTED ? null : v);

/**
 * For rules that allow a value once (an id, a role, a village's report date): called with each row's
 * key and line, it returns the line the key was first seen on, or undefined the first time.
 */
function firstLines(): (key: string, line: number) => number | undefined {
  const first = new Map<string, number>();
  return (key, line) => {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line);
    return earlier;
  };
}

function checkUniqueIds({ tables }: CheckInput, at: Located, issues: Issue[]): void {
  for (const spec of TABLES) {
    const rows: readonly DataRow<{ readonly id: string }>[] = tables[spec.name];
    const firstLine = firstLines();
    for (const row of rows) {
      const id = row.values.id;
      const first = firstLine(id, row.line);
      if (first !== undefined)
        issues.push(
          at(spec.name, row, 'id', {
            severity: 'error',
            code: 'duplicate-id',
            value: id,
            message: `the id ${quote(id)} is already used on line ${first}; every row needs its own id.`,
          }),
        );
    }
  }
}

/** The story finds its figures by indicator role, so a role may be given to one indicator only. */
function checkRoles({ tables }: CheckInput, at: Located, issues: Issue[]): void {
  const firstLine = firstLines();
  for (const row of tables.indicators) {
    const role = row.values.role;
    if (role === null) continue;
    const first = firstLine(role, row.line);
    if (first !== undefined)
      issues.push(
        at('indicators', row, 'role', {
          severity: 'error',
          code: 'duplicate-role',
          value: role,
          message: `the role ${quote(role)} is already given to the indicator on line ${first}; the story can use only one. Leave the cell empty here or there.`,
        }),
      );
  }
}

/**
 * `knownIds` holds every id written in each file, even on rows with other errors, so one bad cell
 * in regions.csv does not also flag every row that points to that region.
 */
function checkReferences({ tables, knownIds }: CheckInput, at: Located, issues: Issue[]): void {
  for (const spec of TABLES) {
    const rows: readonly DataRow[] = tables[spec.name];
    for (const fieldSpec of spec.fields) {
      const target = fieldSpec.references;
      if (fieldSpec.kind !== 'reference' || !target) continue;
      // A file that could not be read at all has its own error; flagging every reference to it is noise.
      const known = knownIds.get(target);
      if (!known) continue;
      for (const row of rows) {
        const value = row.values[fieldSpec.name];
        if (typeof value !== 'string' || known.has(value)) continue;
        issues.push(
          at(spec.name, row, fieldSpec.name, {
            severity: 'error',
            code: 'unknown-reference',
            value,
            message: `${quote(value)} is not an id in ${fileOf(target)}.${suggestion(value, known)} Add that row first, or fix the spelling.`,
          }),
        );
      }
    }
  }
}

function checkDigitization({ tables }: CheckInput, at: Located, issues: Issue[]): void {
  for (const row of tables.digitization) {
    const v = row.values;
    const total = figure(v.services_total);
    const digital = figure(v.services_digital);
    const paper = figure(v.services_not_digital);
    for (const [field, part] of [
      ['services_digital', digital],
      ['services_not_digital', paper],
    ] as const) {
      if (total !== null && part !== null && part > total) {
        issues.push(
          at('digitization', row, field, {
            severity: 'error',
            code: 'digital-exceeds-total',
            value: String(part),
            message: `${part} is more than services_total (${total}); a part cannot exceed the whole. Check both numbers against the source.`,
          }),
        );
      }
    }
    if (total !== null && digital !== null && paper !== null && digital + paper !== total) {
      issues.push(
        at('digitization', row, 'services_total', {
          severity: 'error',
          code: 'counts-do-not-add-up',
          value: String(total),
          message: `services_digital (${digital}) + services_not_digital (${paper}) = ${digital + paper}, not ${total}. If the source's figures disagree, keep the two it states and write ${NOT_REPORTED} for the third.`,
        }),
      );
    }
    const anyCount = total !== null || digital !== null || paper !== null;
    if (v.status === 'counts-reported' && !anyCount) {
      issues.push(
        at('digitization', row, 'status', {
          severity: 'warning',
          code: 'status-without-counts',
          value: 'counts-reported',
          message:
            'the status says counts were reported, but every count is not-reported. Use lagging or no-figures, or fill in a count.',
        }),
      );
    }
    if (v.status !== 'counts-reported' && anyCount) {
      issues.push(
        at('digitization', row, 'status', {
          severity: 'warning',
          code: 'status-without-counts',
          value: v.status,
          message: 'the row has a count, so its status should be counts-reported.',
        }),
      );
    }
  }
}

function checkPercentages({ tables }: CheckInput, at: Located, issues: Issue[]): void {
  const percent = new Set(
    tables.indicators.filter((r) => r.values.unit === 'percent').map((r) => r.values.id),
  );
  for (const row of tables['indicator-values']) {
    const value = row.values.value;
    if (percent.has(row.values.indicator_id) && value > 100) {
      issues.push(
        at('indicator-values', row, 'value', {
          severity: 'error',
          code: 'out-of-range',
          value: String(value),
          message: `found ${value}, but this indicator is a percentage: expected a number from 0 to 100.`,
        }),
      );
    }
  }
}

/**
 * The region outline (Natural Earth 1:10m) is drawn to about a kilometre or two: a village on the
 * border, placed by OpenStreetMap, can fall just outside it. Within this distance it is a warning.
 */
const BOUNDARY_TOLERANCE_KM = 3;

/** Distance in km from a point to the nearest edge of an area, on a local flat approximation. */
function distanceToOutlineKm(area: AreaGeometry, [lon, lat]: Position): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of polygons.flat())
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as Position;
      const [bx, by] = ring[i + 1] as Position;
      const px = (lon - ax) * kx;
      const py = (lat - ay) * ky;
      const dx = (bx - ax) * kx;
      const dy = (by - ay) * ky;
      const length = dx * dx + dy * dy;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length));
      best = Math.min(best, Math.hypot(px - t * dx, py - t * dy));
    }
  return best;
}

function checkVillages({ tables, outlines }: CheckInput, at: Located, issues: Issue[]): void {
  const districtRegion = new Map(tables.districts.map((r) => [r.values.id, r.values.region_id]));
  const firstName = firstLines();
  for (const row of tables.villages) {
    const { region_id: regionId, district_id: districtId, name_kk: nameKk, lat, lon } = row.values;
    const owner = districtRegion.get(districtId);
    if (owner !== undefined && owner !== regionId) {
      issues.push(
        at('villages', row, 'district_id', {
          severity: 'error',
          code: 'unknown-reference',
          value: districtId,
          message: `district ${quote(districtId)} belongs to region ${quote(owner)} in data/districts.csv, not to ${quote(regionId)}.`,
        }),
      );
    }
    const sameName = firstName(`${districtId}/${nameKk}`, row.line);
    if (sameName !== undefined) {
      issues.push(
        at('villages', row, 'name_kk', {
          severity: 'warning',
          code: 'duplicate-name',
          value: nameKk,
          message: `a village of the same name in the same district is on line ${sameName}. If they are one place, keep one row.`,
        }),
      );
    }

    if (lat === null || lon === null) {
      // A place no record locates is listed, not drawn: both cells empty, and the note says why.
      if (lat !== lon) {
        const given = lat === null ? 'lon' : 'lat';
        const empty = lat === null ? 'lat' : 'lon';
        issues.push(
          at('villages', row, empty, {
            severity: 'error',
            code: 'half-coordinates',
            value: '',
            message: `${given} is filled in but ${empty} is empty. Write both, or leave both empty for a place no record locates and say in coordinate_note why it could not be located.`,
          }),
        );
      }
      continue;
    }
    const outline = outlines.find((o) => o.regionId === regionId);
    if (!outline) continue;
    if (containsPoint(outline.geometry, [lon, lat])) continue;
    if (containsPoint(outline.geometry, [lat, lon])) {
      issues.push(
        at('villages', row, 'lat', {
          severity: 'error',
          code: 'lat-lon-swapped',
          value: `${lat}, ${lon}`,
          message: `lat ${lat} and lon ${lon} look swapped: the point falls inside ${outline.nameEn} only the other way round. Put the latitude (north, about 40–56 in Kazakhstan) in lat and the longitude (east) in lon.`,
        }),
      );
    } else if (distanceToOutlineKm(outline.geometry, [lon, lat]) <= BOUNDARY_TOLERANCE_KM) {
      issues.push(
        at('villages', row, 'lat', {
          severity: 'warning',
          code: 'near-region-boundary',
          value: `${lat}, ${lon}`,
          message: `the point ${lat}, ${lon} lies just outside the outline of ${outline.nameEn}, within ${BOUNDARY_TOLERANCE_KM} km of it. The outline is only that precise, so a village on the boundary can fall there; check that its source places it in the region, and say so in the note.`,
        }),
      );
    } else {
      issues.push(
        at('villages', row, 'lat', {
          severity: 'error',
          code: 'outside-region',
          value: `${lat}, ${lon}`,
          message: `the point ${lat}, ${lon} lies outside ${outline.nameEn} (region ${quote(regionId)}). Check the coordinates against their source.`,
        }),
      );
    }
  }
}

/**
 * Every village has at least one report, and one village has at most one report per date: two
 * reports of the same date would leave "the latest status" undecided. A report whose source shows
 * no date says so (`date` `not-reported`) and keeps the bound the source allows in `date_bound`;
 * a dated report has no bound. Undated reports never share the date rule: they never decide the
 * latest status over a dated one (src/model/village-status.ts).
 */
function checkVillageStatuses({ tables, reportedVillages }: CheckInput, at: Located, issues: Issue[]): void {
  const seen = firstLines();
  for (const row of tables['village-statuses']) {
    const { village_id: villageId, date, date_bound: bound } = row.values;
    if (date === NOT_REPORTED) {
      if (bound === null)
        issues.push(
          at('village-statuses', row, 'date_bound', {
            severity: 'error',
            code: 'undated-without-bound',
            value: '',
            message:
              'the date is not-reported, so date_bound must say how late the report can be: write the month or day you read the page (e.g. 2026-12), or START/END when the text also shows how early it can be (e.g. 2017/2026-12). Such a report is shown as "date not stated" and never counts as the latest over a dated one.',
          }),
        );
      continue;
    }
    if (bound !== null)
      issues.push(
        at('village-statuses', row, 'date_bound', {
          severity: 'error',
          code: 'bound-with-date',
          value: bound.text,
          message: `this report has a date (${date.text}), so date_bound must be empty: a bound is only for a report whose source shows no date (date not-reported). Empty this cell, or write not-reported in date if ${date.text} is not printed in the source.`,
        }),
      );
    const first = seen(`${villageId}\u0000${date.text}`, row.line);
    if (first !== undefined)
      issues.push(
        at('village-statuses', row, 'date', {
          severity: 'error',
          code: 'duplicate-status-date',
          value: date.text,
          message: `village ${quote(villageId)} already has a report dated ${date.text} on line ${first}; keep one row per village and date.`,
        }),
      );
  }
  // A status file that could not be read at all has its own error. Raw ids are used, so a report
  // row with another error does not also flag its village as unreported.
  if (reportedVillages === null) return;
  const villageIds = tables.villages.map((r) => r.values.id);
  // A report whose village_id is a typo of this village is already reported with "did you mean".
  const misspelt = new Set(
    [...reportedVillages].filter((v) => !villageIds.includes(v)).map((v) => nearest(v, villageIds)),
  );
  for (const row of tables.villages) {
    const id = row.values.id;
    if (reportedVillages.has(id) || misspelt.has(id)) continue;
    issues.push(
      at('villages', row, 'id', {
        severity: 'error',
        code: 'village-without-status',
        value: id,
        message: `the village ${quote(id)} has no row in data/village-statuses.csv; add what its source reported and when.`,
      }),
    );
  }
}

function checkUnusedSources(
  { tables, headers, citedElsewhere }: CheckInput,
  at: Located,
  issues: Issue[],
): void {
  // A file that could not be read may cite any source: calling one unused would be a false alarm.
  if (TABLES.some((t) => !headers.has(t.name))) return;
  const used = new Set<string>([...GEO_SOURCE_IDS, ...citedElsewhere]);
  // A quote alone does not make a source used: some figure, name or coordinate must cite it.
  for (const spec of TABLES.filter((t) => t.name !== 'source-quotes')) {
    const rows: readonly DataRow[] = tables[spec.name];
    const citing = spec.fields.filter((f) => f.references === 'sources').map((f) => f.name);
    for (const row of rows)
      for (const name of citing) {
        const value = row.values[name];
        if (typeof value === 'string') used.add(value);
      }
  }
  for (const row of tables.sources) {
    const id = row.values.id;
    if (!used.has(id)) {
      issues.push(
        at('sources', row, 'id', {
          severity: 'warning',
          code: 'unused-source',
          value: id,
          message: `no row and no page's copy cites the source ${quote(id)}. Cite it, or remove it.`,
        }),
      );
    }
  }
}

/**
 * Every id a quote supports should be a row of a quoted table, so the fact-check page can join them.
 * A warning, not an error: the quote is still the source's words, and a copy of the data that drops
 * rows (a synthetic map, a village removed) must still build; the message says which id to fix.
 */
function checkQuotes({ tables, knownIds }: CheckInput, at: Located, issues: Issue[]): void {
  const targets = QUOTED_TABLES.filter((t) => knownIds.has(t));
  // A quoted file that could not be read has its own error; its ids are unknown, not wrong.
  if (targets.length < QUOTED_TABLES.length) return;
  const known = new Set(targets.flatMap((t) => [...(knownIds.get(t) ?? [])]));
  const files = QUOTED_TABLES.map((t) => fileOf(t).replace('data/', '')).join(', ');
  for (const row of tables['source-quotes']) {
    for (const id of supportedIds(row.values.supports)) {
      if (known.has(id)) continue;
      issues.push(
        at('source-quotes', row, 'supports', {
          severity: 'warning',
          code: 'quote-backs-no-row',
          value: id,
          message: `${quote(id)} is not the id of a row in ${files}, so this quote backs nothing there.${suggestion(id, known)} Write the id of the row this quote backs, or remove it from the list.`,
        }),
      );
    }
  }
}

/**
 * A source shows on Kazakh and Russian pages in their language only where the data gives its
 * strings; without them a page shows the original title and no note. That renders, so it is a
 * warning: the maintainer learns which cell to fill.
 */
function checkSourceStrings({ tables }: CheckInput, at: Located, issues: Issue[]): void {
  for (const row of tables.sources) {
    const v = row.values;
    const description = v.title_kind === 'description';
    for (const [lang, language, title, note] of [
      ['kk', 'Kazakh', v.title_kk, v.note_kk],
      ['ru', 'Russian', v.title_ru, v.note_ru],
    ] as const) {
      if (note === null)
        issues.push(
          at('sources', row, `note_${lang}`, {
            severity: 'warning',
            code: 'source-not-translated',
            message: `the source ${quote(v.id)} has no ${language} note, so ${language} pages show none. Write what the source is in ${language}.`,
          }),
        );
      if (title === null && (description || v.language !== lang))
        issues.push(
          at('sources', row, `title_${lang}`, {
            severity: 'warning',
            code: 'source-not-translated',
            message: description
              ? `the headline of ${quote(v.id)} was not preserved, so ${language} pages show the English description instead. Describe the item in ${language}.`
              : `the title of ${quote(v.id)} has no ${language} translation, so ${language} pages show it untranslated. Give its meaning in ${language}.`,
          }),
        );
    }
    for (const [lang, title] of [
      ['kk', v.title_kk],
      ['ru', v.title_ru],
      ['en', v.title_en],
    ] as const) {
      if (!description && title !== null && v.language === lang)
        issues.push(
          at('sources', row, `title_${lang}`, {
            severity: 'warning',
            code: 'translation-not-shown',
            value: title,
            message: `the source is itself in this language, so pages show its title as published and never this translation. Leave the cell empty, or set title_kind to description.`,
          }),
        );
    }
  }
}

export function checkOutlineRegions(
  knownIds: KnownIds,
  outlines: readonly RegionFeature[],
  file: string,
  issues: Issue[],
): void {
  const regionIds = knownIds.get('regions');
  if (!regionIds) return;
  for (const o of outlines) {
    if (o.regionId !== null && !regionIds.has(o.regionId)) {
      issues.push({
        severity: 'error',
        code: 'unknown-reference',
        file,
        field: `features[${o.index}].properties.region_id`,
        value: o.regionId,
        message: `${quote(o.regionId)} is not an id in data/regions.csv.`,
      });
    }
  }
}

/** Sources cited by the GeoJSON files themselves (documented in data/geo/README.md). */
const GEO_SOURCE_IDS = ['natural-earth', 'geonames'] as const;

export function crossCheck(input: CheckInput, issues: Issue[]): void {
  const at = locator(input.headers);
  checkUniqueIds(input, at, issues);
  checkRoles(input, at, issues);
  checkReferences(input, at, issues);
  checkDigitization(input, at, issues);
  checkPercentages(input, at, issues);
  checkVillages(input, at, issues);
  checkVillageStatuses(input, at, issues);
  checkUnusedSources(input, at, issues);
  checkSourceStrings(input, at, issues);
  checkQuotes(input, at, issues);
}
