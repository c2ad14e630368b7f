/**
 * The Frictionless Data Package (v2) descriptor and the column reference of data/README.md,
 * both derived from the contract in schema.ts so they can never drift from what is validated.
 */
import { type FieldSpec, GEO_FILES, NOT_REPORTED, TABLES, type TableSpec } from './schema.ts';

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$';

/**
 * One field in Table Schema v2 terms. A v2 reader turns every missing value into null, and
 * `constraints.required` means "never null". So a column that allows `not-reported` cannot be
 * `required`: it lists `not-reported` as its own missing value instead, and leaves the empty cell out
 * of that list, so an empty cell stays an empty string, which its type (integer, or a date pattern)
 * rejects. Our validator says the same in plain words.
 */
function tableField(spec: FieldSpec): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (spec.required && !spec.notReported) constraints.required = true;
  if (spec.kind === 'id') constraints.unique = true;
  if (spec.minimum !== undefined) constraints.minimum = spec.minimum;
  if (spec.maximum !== undefined) constraints.maximum = spec.maximum;
  if (spec.values) constraints.enum = [...spec.values];
  if (spec.kind === 'id' || spec.kind === 'reference') constraints.pattern = ID_PATTERN;
  if (spec.kind === 'partial-date') constraints.pattern = DATE_PATTERN;
  const type =
    spec.kind === 'integer' || spec.kind === 'number' || spec.kind === 'boolean' ? spec.kind : 'string';
  return {
    name: spec.name,
    type,
    ...(spec.kind === 'url' ? { format: 'uri' } : {}),
    ...(spec.kind === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    description:
      spec.kind === 'partial-date'
        ? `${spec.description} Format: EDTF level 0 dates, YYYY, YYYY-MM, YYYY-MM-DD or an interval START/END.`
        : spec.description,
    ...(spec.unit ? { unit: spec.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    ...(spec.notReported
      ? {
          missingValues: [
            ...(spec.required ? [] : ['']),
            { value: NOT_REPORTED, label: 'not reported by the source' },
          ],
        }
      : {}),
  };
}

function resource(table: TableSpec): Record<string, unknown> {
  const foreignKeys = table.fields
    .filter((f) => f.kind === 'reference' && f.references)
    .map((f) => ({
      fields: [f.name],
      // Table Schema v2: a reference without `resource` points into the same table.
      reference:
        f.references === table.name ? { fields: ['id'] } : { resource: f.references, fields: ['id'] },
    }));
  return {
    name: table.name,
    type: 'table',
    path: table.path,
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', header: true },
    schema: {
      fields: table.fields.map(tableField),
      primaryKey: ['id'],
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
      missingValues: [''],
    },
  };
}

export function datapackageDescriptor(): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'digitization-of-public-services',
    title: 'Digitization of public services and village connectivity in a region of Kazakhstan',
    description:
      'Figures on public services moved online per department of a regional administration, indicators over time, and villages reported without internet. Every row cites its source in sources.csv. The token not-reported marks a figure the source does not give; it is never zero.',
    licenses: [
      {
        name: 'ODbL-1.0',
        title: 'Village coordinates: OpenStreetMap contributors',
        path: 'https://opendatacommons.org/licenses/odbl/1-0/',
      },
      {
        name: 'CC-BY-4.0',
        title: 'Towns: GeoNames; district names and codes: geokz',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [
      ...TABLES.map(resource),
      {
        name: 'region-outlines',
        path: GEO_FILES.regions,
        title: 'Region outlines',
        description:
          'The region and its neighbours, from Natural Earth admin-1 (public domain); see geo/README.md.',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
      },
      {
        name: 'places',
        path: GEO_FILES.places,
        title: 'Towns',
        description: 'Towns of the region from GeoNames cities500 (CC BY 4.0); see geo/README.md.',
        format: 'geojson',
        mediatype: 'application/geo+json',
        encoding: 'utf-8',
      },
    ],
  };
}

function describeKind(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'id':
      return 'id (unique)';
    case 'reference':
      return `id in ${TABLES.find((t) => t.name === spec.references)?.path}`;
    case 'integer':
    case 'number': {
      const range =
        spec.minimum !== undefined && spec.maximum !== undefined
          ? ` ${spec.minimum} to ${spec.maximum}`
          : spec.minimum !== undefined
            ? ` ≥ ${spec.minimum}`
            : '';
      return `${spec.kind === 'integer' ? 'whole number' : 'number'}${range}`;
    }
    case 'enum':
      return (spec.values ?? []).map((v) => `\`${v}\``).join(', ');
    case 'partial-date':
      return 'date: YYYY, YYYY-MM, YYYY-MM-DD or START/END';
    case 'boolean':
      return '`true` or `false`';
    default:
      return spec.kind;
  }
}

/** Markdown tables, one per file, for the generated part of data/README.md. */
export function columnReference(): string {
  const parts = TABLES.map((table) => {
    const rows = table.fields.map((f) => {
      const rules = [describeKind(f), f.required ? 'required' : 'optional'];
      if (f.notReported) rules.push(`or \`${NOT_REPORTED}\``);
      return `| \`${f.name}\` | ${f.description} | ${rules.join('; ')} |`;
    });
    return [
      `### ${table.path}`,
      '',
      table.description,
      '',
      '| column | meaning | allowed values |',
      '| --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [
    '## Column reference (generated from src/data/schema.ts by `npm run datapackage`)',
    '',
    ...parts,
  ].join('\n\n');
}

const COLUMNS_START = '<!-- columns:start -->';
const COLUMNS_END = '<!-- columns:end -->';

/** Replaces the generated section of the README, leaving the prose around it as written. */
export function withColumnReference(readme: string): string {
  const start = readme.indexOf(COLUMNS_START);
  const end = readme.indexOf(COLUMNS_END);
  if (start < 0 || end < start)
    return `${readme.trimEnd()}\n\n${COLUMNS_START}\n${columnReference()}\n${COLUMNS_END}\n`;
  return `${readme.slice(0, start)}${COLUMNS_START}\n${columnReference()}\n${readme.slice(end)}`;
}
