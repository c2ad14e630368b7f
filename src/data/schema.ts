/**
 * The data contract: every file in `data/`, its columns and their rules.
 * This is the one place the contract is written; `datapackage.json` and the column reference in
 * `data/README.md` are generated from it (`npm run datapackage`), and the validator enforces it.
 */

/** The token a maintainer writes when a source gives no figure. It is never read as zero. */
export const NOT_REPORTED = 'not-reported';
export type NotReported = typeof NOT_REPORTED;

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

export interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  readonly description: string;
  /** An empty cell is an error. Defaults to true. */
  readonly required: boolean;
  /** The cell may hold `not-reported`. */
  readonly notReported: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly values?: readonly string[];
  /** For `reference`: the table whose `id` this points to. */
  readonly references?: TableName;
  readonly unit?: string;
}

export interface TableSpec {
  readonly name: TableName;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
}

type FieldOptions = Partial<Omit<FieldSpec, 'name' | 'kind' | 'description'>>;

function field(name: string, kind: FieldKind, description: string, options: FieldOptions = {}): FieldSpec {
  return { name, kind, description, required: true, notReported: false, ...options };
}

const id = (description = 'Unique identifier: lowercase letters, digits and hyphens.') =>
  field('id', 'id', description);
const ref = (name: string, table: TableName, description: string, options: FieldOptions = {}) =>
  field(name, 'reference', description, { references: table, ...options });
const text = (name: string, description: string, options: FieldOptions = {}) =>
  field(name, 'text', description, options);
const names = (what: string, options: FieldOptions = {}) => [
  text('name_kk', `Name of the ${what} in Kazakh.`, options),
  text('name_ru', `Name of the ${what} in Russian.`, options),
  text('name_en', `Name of the ${what} in English.`, options),
];
const count = (name: string, description: string) =>
  field(name, 'integer', description, { minimum: 0, notReported: true, unit: 'kinds of service' });
const sourceRef = () => ref('source_id', 'sources', 'The source of this row: an `id` in sources.csv.');
const regionRef = () => ref('region_id', 'regions', 'The region: an `id` in regions.csv.');
const note = (name = 'note') => text(name, 'Free-text caveat, in English. Optional.', { required: false });

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
  | 'village-statuses';

export const DIGITIZATION_STATUSES = ['counts-reported', 'lagging', 'no-figures'] as const;
export const SERVICE_STATUSES = ['digital', 'not-digital'] as const;
/**
 * What a source reports about a village's connection, in the source's own terms: a connection says
 * by what (fibre, 4G), and state offices on fibre are not households on fibre.
 */
export const VILLAGE_STATUSES = [
  'no-internet',
  'no-mobile-internet',
  'awaiting-connection',
  'offices-connected-fibre',
  'connected-fibre',
  'connected-mobile-4g',
] as const;
export type VillageStatus = (typeof VILLAGE_STATUSES)[number];
/**
 * `gap`: the village still lacks internet (or still waits for it). `connected`: a source reports
 * progress: some connection is in place. `offices-connected-fibre` counts as progress, but its label
 * says that only state offices are connected, so no page may read it as households online.
 */
export type VillageStatusKind = 'gap' | 'connected';
export const VILLAGE_STATUS_KINDS: Readonly<Record<VillageStatus, VillageStatusKind>> = {
  'no-internet': 'gap',
  'no-mobile-internet': 'gap',
  'awaiting-connection': 'gap',
  'offices-connected-fibre': 'connected',
  'connected-fibre': 'connected',
  'connected-mobile-4g': 'connected',
};
export const INDICATOR_UNITS = ['count', 'percent'] as const;
export const LANGUAGES = ['kk', 'ru', 'en'] as const;

export const TABLES: readonly TableSpec[] = [
  {
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
    ],
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
      note(),
    ],
  },
  {
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
      note(),
    ],
  },
  {
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
    ],
  },
  {
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
      note(),
    ],
  },
  {
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
      field('lat', 'number', 'Latitude in degrees north (WGS 84), dot as decimal separator.', {
        minimum: -90,
        maximum: 90,
        unit: 'degree',
      }),
      field('lon', 'number', 'Longitude in degrees east (WGS 84), dot as decimal separator.', {
        minimum: -180,
        maximum: 180,
        unit: 'degree',
      }),
      ref('coordinate_source_id', 'sources', 'Where the coordinates come from: an `id` in sources.csv.'),
      text('coordinate_note', 'Which record of that source, e.g. “OpenStreetMap node 2583746246”.'),
      field('coordinate_url', 'url', 'Link to the coordinates’ source record.', { required: false }),
      note(),
    ],
  },
  {
    name: 'village-statuses',
    path: 'village-statuses.csv',
    title: 'Village status reports',
    description:
      'What a source reported about a village’s internet, and when: one row per dated report, so a village’s history is kept. Every village has at least one row; the latest is what the map shows.',
    fields: [
      id('Unique identifier, e.g. the village’s `id` and the date: `kostobe-2021-08-11`.'),
      ref('village_id', 'villages', 'The village: an `id` in villages.csv.'),
      field('status', 'enum', 'What the source reports, in its terms (a connection says by what).', {
        values: VILLAGE_STATUSES,
      }),
      field('date', 'partial-date', 'When the status was reported, as precise as the source.'),
      sourceRef(),
      text(
        'name_in_source',
        'The settlement’s name exactly as this source gives it, when that differs from our reading in villages.csv: a name cut off in the stored copy (`Кіші Көкд…`) or spelt otherwise. The page then says the name is our reading. Empty when the source has our name.',
        { required: false },
      ),
      note(),
    ],
  },
];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`no table ${name}`);
  return spec;
}

/** GeoJSON files: outline of regions and towns, extracted by `scripts/extract-basemap.mjs`. */
export const GEO_FILES = {
  regions: 'geo/regions.geojson',
  places: 'geo/places.geojson',
} as const;
