/**
 * The data contract: every file in `data/`, its columns and their rules, written once. Each table is
 * a typed definition: the same object drives the validator at run time and gives, through
 * `RowOf<typeof table>`, the TypeScript type of a validated row, so the model builder reads
 * `row.lat` as a number and a misspelt column is a compile error. `datapackage.json` and the column
 * reference in `data/README.md` are generated from it too (`npm run datapackage`).
 */
import { LANGS } from './langs.ts';
import type { PartialDate } from './partial-date.ts';

/** The token a maintainer writes when a source gives no figure. It is never read as zero. */
export const NOT_REPORTED = 'not-reported';
export type NotReported = typeof NOT_REPORTED;

/** Any validated cell: what a `FieldSpec` of some kind turns a cell's text into. */
export type CellValue = string | number | boolean | PartialDate | NotReported | null;

export type FieldKind =
  | 'id'
  | 'reference'
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'partial-date'
  | 'url'
  | 'enum';

export interface FieldOptions {
  /** An empty cell is an error. Defaults to true. */
  readonly required?: boolean;
  /** The cell may hold `not-reported`. Defaults to false. */
  readonly notReported?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly values?: readonly string[];
  /** For `reference`: the table whose `id` this points to. */
  readonly references?: TableName;
  readonly unit?: string;
  /**
   * The header may leave this column out, and every cell then reads as empty: for a column added
   * to a file that tests and pull requests append rows to, so rows written before it still fit.
   */
  readonly mayBeAbsent?: boolean;
}

/** The options of a field given none: every default applies. */
type NoOptions = Readonly<Record<never, never>>;

/** Key of the compile-time-only value type of a field; never present at run time. */
declare const VALUE: unique symbol;

/**
 * One column. `N` is its name and `V` the type of its validated value (derived from the kind and
 * options by `field()`), so a table's fields add up to the type of its rows.
 */
export interface FieldSpec<N extends string = string, V extends CellValue = CellValue> {
  readonly name: N;
  readonly kind: FieldKind;
  readonly description: string;
  readonly required: boolean;
  readonly notReported: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly values?: readonly string[];
  readonly references?: TableName;
  readonly unit?: string;
  readonly mayBeAbsent?: boolean;
  readonly [VALUE]?: V;
}

type BaseValue<K extends FieldKind, O extends FieldOptions> = K extends 'integer' | 'number'
  ? number
  : K extends 'boolean'
    ? boolean
    : K extends 'partial-date'
      ? PartialDate
      : K extends 'enum'
        ? O extends { readonly values: readonly (infer E extends string)[] }
          ? E
          : string
        : string;

/** What a cell of this kind and these options validates to: `not-reported` and empty (null) only where allowed. */
export type ValueOf<K extends FieldKind, O extends FieldOptions> =
  | BaseValue<K, O>
  | (O extends { readonly notReported: true } ? NotReported : never)
  | (O extends { readonly required: false } ? null : never);

/** The validated value type of a field. */
type FieldValue<F extends FieldSpec> = Exclude<F[typeof VALUE], undefined>;

export interface TableSpec<
  N extends TableName = TableName,
  F extends readonly FieldSpec[] = readonly FieldSpec[],
> {
  readonly name: N;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly fields: F;
}

/** A validated row of a table: one read-only property per column, typed by its field. */
export type RowOf<T extends TableSpec> = {
  readonly [F in T['fields'][number] as F['name']]: FieldValue<F>;
};

function field<const N extends string, const K extends FieldKind, const O extends FieldOptions = NoOptions>(
  name: N,
  kind: K,
  description: string,
  options?: O,
): FieldSpec<N, ValueOf<K, O>> {
  return { name, kind, description, required: true, notReported: false, ...options };
}

/** Keeps the literal names and value types of the fields, which `RowOf` reads. */
function defineTable<const N extends TableName, const F extends readonly FieldSpec[]>(
  table: TableSpec<N, F>,
): TableSpec<N, F> {
  return table;
}

const id = (description = 'Unique identifier: lowercase letters, digits and hyphens.') =>
  field('id', 'id', description);
const ref = <const N extends string, const O extends FieldOptions = NoOptions>(
  name: N,
  table: TableName,
  description: string,
  options?: O,
): FieldSpec<N, ValueOf<'reference', O>> => ({
  ...field(name, 'reference', description, options),
  references: table,
});
const text = <const N extends string, const O extends FieldOptions = NoOptions>(
  name: N,
  description: string,
  options?: O,
) => field(name, 'text', description, options);
const names = (what: string) =>
  [
    text('name_kk', `Name of the ${what} in Kazakh.`),
    text('name_ru', `Name of the ${what} in Russian.`),
    text('name_en', `Name of the ${what} in English.`),
  ] as const;
const count = <const N extends string>(name: N, description: string) =>
  field(name, 'integer', description, { minimum: 0, notReported: true, unit: 'kinds of service' });
const sourceRef = () => ref('source_id', 'sources', 'The source of this row: an `id` in sources.csv.');
const regionRef = () => ref('region_id', 'regions', 'The region: an `id` in regions.csv.');
/** One optional text column per language, `<prefix>_kk`, `<prefix>_ru`, `<prefix>_en`, in that order. */
const sourceStrings = <const P extends string>(prefix: P, describe: (language: string) => string) =>
  [
    text(`${prefix}_kk`, describe('Kazakh'), { required: false }),
    text(`${prefix}_ru`, describe('Russian'), { required: false }),
    text(`${prefix}_en`, describe('English'), { required: false }),
  ] as const;
const note = <const N extends string>(name: N) =>
  text(name, 'Free-text caveat, in English. Optional.', { required: false });

export type TableName =
  | 'sources'
  | 'regions'
  | 'districts'
  | 'departments'
  | 'digitization'
  | 'services'
  | 'indicators'
  | 'indicator-values'
  | 'villages'
  | 'village-statuses'
  | 'source-quotes';

export const DIGITIZATION_STATUSES = ['counts-reported', 'lagging', 'no-figures'] as const;
export const SERVICE_STATUSES = ['digital', 'not-digital'] as const;
/**
 * What a source reports about a village's connection, in the source's own terms: a connection says
 * by what (fibre, 4G), and state offices on fibre are not households on fibre.
 */
export const VILLAGE_STATUSES = [
  'no-internet',
  'no-mobile-internet',
  'slow-internet',
  'awaiting-connection',
  'offices-connected-fibre',
  'connected-fibre',
  'connected-mobile-4g',
  'connected-mobile',
] as const;
export type VillageStatus = (typeof VILLAGE_STATUSES)[number];
/**
 * `gap`: the village lacks internet, waits for it, or (`slow-internet`) its residents ask for a faster
 * one: a source reports something missing. `connected`: a source reports progress: some connection
 * is in place. `offices-connected-fibre` counts as progress, but its label says that only state
 * offices are connected, so no page may read it as households online; `connected-mobile` is a mobile
 * connection whose generation the source does not give, so no page may read it as 4G.
 */
export type VillageStatusKind = 'gap' | 'connected';
export const VILLAGE_STATUS_KINDS: Readonly<Record<VillageStatus, VillageStatusKind>> = {
  'no-internet': 'gap',
  'no-mobile-internet': 'gap',
  'slow-internet': 'gap',
  'awaiting-connection': 'gap',
  'offices-connected-fibre': 'connected',
  'connected-fibre': 'connected',
  'connected-mobile-4g': 'connected',
  'connected-mobile': 'connected',
};
export const INDICATOR_UNITS = ['count', 'percent'] as const;
const SOURCE_TITLE_KINDS = ['headline', 'description'] as const;

/**
 * What the story asks of an indicator, so code finds its figures by role rather than by id:
 * `first-count` is the first report of villages without internet (its earliest dated value opens the
 * story and sets the story's year), `latest-count` the later count of settlements without mobile
 * internet (its latest dated value is the first screen's second number, with the villages its
 * source names), `latest-total` the number of settlements the same source counts in all.
 */
export const INDICATOR_ROLES = ['first-count', 'latest-count', 'latest-total'] as const;
/** Languages a source can be in: the site's own. */
const LANGUAGES = LANGS;

export const SOURCES_TABLE = defineTable({
  name: 'sources',
  path: 'sources.csv',
  title: 'Sources',
  description: 'Every publication, dataset or map a figure, name or coordinate comes from.',
  fields: [
    id(),
    text('title', 'Title as published, in its original language.'),
    text('publisher', 'Who published it. Empty when not preserved.', { required: false }),
    field('url', 'url', 'Web address (http or https). Empty when not preserved.', { required: false }),
    field('language', 'enum', 'Language of the source.', { values: LANGUAGES }),
    field('published', 'partial-date', 'Publication date, as precise as known, or `not-reported`.', {
      notReported: true,
    }),
    field('accessed', 'partial-date', 'When we read it, or `not-reported`.', { notReported: true }),
    text('notes', 'What the source is and any caveat, in English.', { required: false }),
    field(
      'title_kind',
      'enum',
      '`headline` when `title` is the headline as published; `description` when the headline was not preserved and `title` is our English description of the item. Empty means `headline`.',
      { values: SOURCE_TITLE_KINDS, required: false },
    ),
    ...sourceStrings(
      'title',
      (lang) =>
        `For a headline: its meaning in ${lang}, shown in brackets beside the original title (leave empty when the source is in ${lang}). For a description: what ${lang} pages show in place of \`title\`.`,
    ),
    text('publisher_kk', 'The publisher as Kazakh pages write it, when that differs from `publisher`.', {
      required: false,
    }),
    text('publisher_ru', 'The publisher as Russian pages write it, when that differs from `publisher`.', {
      required: false,
    }),
    ...sourceStrings(
      'note',
      (lang) =>
        `What the source is and its caveats, for ${lang} pages. Empty: ${lang === 'English' ? '`notes` is shown' : 'no note is shown'}.`,
    ),
  ],
});

export const REGIONS_TABLE = defineTable({
  name: 'regions',
  path: 'regions.csv',
  title: 'Regions',
  description: 'The country and its regions (oblys) the site covers.',
  fields: [
    id(),
    field('level', 'enum', 'Administrative level.', { values: ['country', 'region'] }),
    ref('parent_id', 'regions', 'The enclosing unit (`id` in this file); empty for the country.', {
      required: false,
    }),
    ...names('region'),
    text('short_name_kk', 'Short name used in titles, in Kazakh (e.g. without “облысы”).'),
    text('short_name_ru', 'Short name used in titles, in Russian.'),
    text('short_name_en', 'Short name used in titles, in English.'),
    text('iso_3166_2', 'ISO 3166-2 code, e.g. KZ-31.', { required: false }),
    text('kato', 'Code in the national classifier of administrative units (KATO).', { required: false }),
    sourceRef(),
  ],
});

export const DISTRICTS_TABLE = defineTable({
  name: 'districts',
  path: 'districts.csv',
  title: 'Districts',
  description: 'Districts (audan) and cities of regional significance.',
  fields: [
    id(),
    regionRef(),
    ...names('district'),
    text('kato', 'KATO code of the district.', { required: false }),
    sourceRef(),
  ],
});

export const DEPARTMENTS_TABLE = defineTable({
  name: 'departments',
  path: 'departments.csv',
  title: 'Departments',
  description: 'Departments and institutions of a regional administration (akimat).',
  fields: [
    id(),
    regionRef(),
    ...names('department'),
    field(
      'names_translated',
      'boolean',
      '`true` when the Russian and English names are our translation, not an official name.',
    ),
    field('kind', 'enum', 'A department (basqarma) or another state institution.', {
      values: ['department', 'institution'],
    }),
    sourceRef(),
    note('notes'),
  ],
});

export const DIGITIZATION_TABLE = defineTable({
  name: 'digitization',
  path: 'digitization.csv',
  title: 'Digitization of public services per department',
  description:
    'What a source reported about how many kinds of public service a department offers online. Counts a source does not give are `not-reported`, never 0.',
  fields: [
    id(),
    regionRef(),
    ref('department_id', 'departments', 'The department: an `id` in departments.csv.'),
    field('date', 'partial-date', 'When the figures applied, as precise as the source.'),
    count('services_total', 'Kinds of public service the department provides.'),
    count('services_digital', 'Of those, kinds available in electronic form.'),
    count('services_not_digital', 'Of those, kinds still provided on paper only.'),
    field('status', 'enum', 'What the source says: counts, only that it lags, or nothing measurable.', {
      values: DIGITIZATION_STATUSES,
    }),
    sourceRef(),
    note('note'),
  ],
});

export const SERVICES_TABLE = defineTable({
  name: 'services',
  path: 'services.csv',
  title: 'Named public services',
  description: 'Individual services a source names, with their state at the time.',
  fields: [
    id(),
    regionRef(),
    ref('department_id', 'departments', 'The department that provides it.'),
    field('date', 'partial-date', 'When the status applied.'),
    ...names('service'),
    field('names_translated', 'boolean', '`true` when some of the names are our translation.'),
    field('status', 'enum', 'Whether the service was available in electronic form.', {
      values: SERVICE_STATUSES,
    }),
    sourceRef(),
    note('note'),
  ],
});

export const INDICATORS_TABLE = defineTable({
  name: 'indicators',
  path: 'indicators.csv',
  title: 'Indicators',
  description: 'Definitions of measured quantities. Different definitions are different indicators.',
  fields: [
    id(),
    field('unit', 'enum', 'Unit of every value of this indicator.', { values: INDICATOR_UNITS }),
    ...names('indicator'),
    text('definition_kk', 'What exactly is counted, in Kazakh.'),
    text('definition_ru', 'What exactly is counted, in Russian.'),
    text('definition_en', 'What exactly is counted, in English.'),
    field(
      'role',
      'enum',
      'What the story uses the indicator for, if anything (at most one indicator per role).',
      {
        values: INDICATOR_ROLES,
        required: false,
      },
    ),
  ],
});

export const INDICATOR_VALUES_TABLE = defineTable({
  name: 'indicator-values',
  path: 'indicator-values.csv',
  title: 'Indicator values',
  description: 'Values of the indicators over time, each with its source.',
  fields: [
    id(),
    ref('indicator_id', 'indicators', 'The indicator: an `id` in indicators.csv.'),
    regionRef(),
    field('date', 'partial-date', 'When the value applied, as precise as the source, or `not-reported`.', {
      notReported: true,
    }),
    field('value', 'number', 'The value, in the unit of its indicator (percent: 0 to 100).', {
      minimum: 0,
    }),
    sourceRef(),
    note('note'),
    field(
      'approximate',
      'boolean',
      '`true` when the source gives the value as approximate or round (“about 3,000”, “около 22,7%”): pages then say “about”. Empty means `false`.',
      { required: false, mayBeAbsent: true },
    ),
  ],
});

export const VILLAGES_TABLE = defineTable({
  name: 'villages',
  path: 'villages.csv',
  title: 'Villages',
  description:
    'Settlements a source names as lacking internet, with their location. What each source reported, and when, is in village-statuses.csv.',
  fields: [
    id(),
    regionRef(),
    ref('district_id', 'districts', 'The district: an `id` in districts.csv.'),
    ...names('village'),
    field('name_en_romanized', 'boolean', '`true` when the English name is our romanization.'),
    field(
      'lat',
      'number',
      'Latitude in degrees north (WGS 84), dot as decimal separator. Empty, with `lon`, for a place no record locates.',
      { minimum: -90, maximum: 90, unit: 'degree', required: false },
    ),
    field(
      'lon',
      'number',
      'Longitude in degrees east (WGS 84), dot as decimal separator. Empty, with `lat`, for a place no record locates.',
      { minimum: -180, maximum: 180, unit: 'degree', required: false },
    ),
    ref(
      'coordinate_source_id',
      'sources',
      'Where the coordinates come from (or, for a place without them, where they were looked for): an `id` in sources.csv.',
    ),
    text(
      'coordinate_note',
      'Which record of that source, e.g. “OpenStreetMap node 2583746246”; for a place without coordinates, why it could not be located.',
    ),
    field('coordinate_url', 'url', 'Link to the coordinates’ source record.', { required: false }),
    note('note'),
  ],
});

export const VILLAGE_STATUSES_TABLE = defineTable({
  name: 'village-statuses',
  path: 'village-statuses.csv',
  title: 'Village status reports',
  description:
    'What a source reported about a village’s internet, and when: one row per report, so a village’s history is kept. Every village has at least one row; the latest dated report is what the map shows. A report whose source gives no date has `date` `not-reported` and a `date_bound`, and never counts as latest over a dated one.',
  fields: [
    id('Unique identifier, e.g. the village’s `id` and the date: `kostobe-2021-08-11`.'),
    ref('village_id', 'villages', 'The village: an `id` in villages.csv.'),
    field('status', 'enum', 'What the source reports, in its terms (a connection says by what).', {
      values: VILLAGE_STATUSES,
    }),
    field(
      'date',
      'partial-date',
      'When the status was reported, as precise as the source; `not-reported` when the source shows no date.',
      { notReported: true },
    ),
    field(
      'date_bound',
      'partial-date',
      'Only with `date` `not-reported`, and then required: the honest bound on an undated report. A single date means “not later than” it (e.g. the month the page was read); an interval `START/END` means “not earlier than START, not later than END”. Empty when `date` is given.',
      { required: false },
    ),
    sourceRef(),
    text(
      'name_in_source',
      'The settlement’s name exactly as this source gives it, when that differs from our reading in villages.csv: a name cut off in the stored copy (`Кіші Көкд…`) or spelt otherwise. The page then says the name is our reading. Empty when the source has our name.',
      { required: false },
    ),
    note('note'),
    text('note_kk', 'The `note` in Kazakh, for the Kazakh pages. Empty when not yet translated.', {
      required: false,
    }),
    text('note_ru', 'The `note` in Russian, for the Russian pages. Empty when not yet translated.', {
      required: false,
    }),
  ],
});

export const SOURCE_QUOTES_TABLE = defineTable({
  name: 'source-quotes',
  path: 'source-quotes.csv',
  title: 'Quotes from the sources',
  description:
    'Exact short quotes, in their original language, that a figure or claim of the site rests on: one row per quote, so a reader can check a figure against the words of its source.',
  fields: [
    id('Unique identifier, e.g. the source’s `id` and what the quote backs: `golos-naroda-17912-rural`.'),
    sourceRef(),
    text(
      'quote',
      'The words exactly as the source prints them, without quotation marks; “…” marks words left out.',
    ),
    field('language', 'enum', 'Language of the quote (the source’s own).', { values: LANGUAGES }),
    text(
      'where',
      'Where in the source the quote stands, e.g. `headline`, `paragraph 3` (written in English).',
    ),
    text(
      'supports',
      'The rows this quote is evidence for: ids from indicator-values.csv, village-statuses.csv, digitization.csv or services.csv, separated by spaces. Empty for a claim the pages make in prose only.',
      { required: false },
    ),
  ],
});

/** Tables whose rows a quote can support (`source-quotes.csv`, column `supports`). */
export const QUOTED_TABLES = ['indicator-values', 'village-statuses', 'digitization', 'services'] as const;

/** The ids a quote's `supports` cell lists, in order, without empty parts. */
export function supportedIds(supports: string | null): string[] {
  return (supports ?? '').split(/\s+/).filter((part) => part !== '');
}

/** Every table, in the order the validator reads and reports them. */
export const TABLES = [
  SOURCES_TABLE,
  REGIONS_TABLE,
  DISTRICTS_TABLE,
  DEPARTMENTS_TABLE,
  DIGITIZATION_TABLE,
  SERVICES_TABLE,
  INDICATORS_TABLE,
  INDICATOR_VALUES_TABLE,
  VILLAGES_TABLE,
  VILLAGE_STATUSES_TABLE,
  SOURCE_QUOTES_TABLE,
] as const;

/** Fails to compile when `TableName` and `TABLES` disagree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const tableNamesAgree: Same<TableName, (typeof TABLES)[number]['name']> = true;
void tableNamesAgree;

export type AnyTable = (typeof TABLES)[number];
/** The definition of the table called `N`. */
export type TableOf<N extends TableName> = Extract<AnyTable, { readonly name: N }>;
/** A validated row of the table called `N`, e.g. `Row<'villages'>`. */
export type Row<N extends TableName> = RowOf<TableOf<N>>;

export function tableSpec<N extends TableName>(name: N): TableOf<N> {
  const spec = TABLES.find((t): t is TableOf<N> => t.name === name);
  if (!spec) throw new Error(`no table ${name}`);
  return spec;
}

/** GeoJSON files: outline of regions and towns, extracted by `scripts/extract-basemap.mjs`. */
export const GEO_FILES = {
  regions: 'geo/regions.geojson',
  places: 'geo/places.geojson',
} as const;
