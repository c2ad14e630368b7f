/**
 * data/datapackage.json read as a Frictionless Data Package v2 reader would: the descriptor follows
 * the v2 rules that apply to it, and every committed CSV row satisfies its schema under a v2 reading
 * (missing values are null, then type, required, enum, pattern, range and uniqueness).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';

const DATA = resolve(import.meta.dirname, '../../data');
const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
/** Field types of Table Schema v2. */
const V2_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'datetime',
  'date',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];
const NAME = /^[a-z0-9._-]+$/;

type MissingValue = string | { value: string; label?: string };
interface Field {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  missingValues?: MissingValue[];
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}
interface Schema {
  fields: Field[];
  primaryKey?: string[] | string;
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
  missingValues?: MissingValue[];
}
interface Resource {
  name: string;
  path: string;
  format?: string;
  schema?: Schema;
}

const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
  $schema: string;
  name: string;
  resources: Resource[];
  licenses?: { name?: string; path?: string }[];
};
const tabular = descriptor.resources.filter(
  (r): r is Resource & { schema: Schema } => r.schema !== undefined,
);
const missingOf = (field: Field, schema: Schema): string[] =>
  (field.missingValues ?? schema.missingValues ?? ['']).map((m) => (typeof m === 'string' ? m : m.value));
const read = (path: string) =>
  parse(readFileSync(join(DATA, path), 'utf8'), { bom: true, skip_empty_lines: true }) as string[][];

describe('data/datapackage.json against the Data Package v2 rules', () => {
  test('declares the v2 profile, a name and its licences', () => {
    expect(descriptor.$schema).toBe(PROFILE);
    expect(descriptor.name).toMatch(NAME);
    for (const l of descriptor.licenses ?? []) expect(l.name ?? l.path).toBeTruthy();
  });

  test('every resource has a unique name and a path to a committed file', () => {
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of descriptor.resources) {
      expect(r.name).toMatch(NAME);
      expect(existsSync(join(DATA, r.path)), r.path).toBe(true);
    }
    for (const r of descriptor.resources.filter((x) => x.format === 'csv'))
      expect(r.schema, r.name).toBeDefined();
  });

  test.each(tabular.map((r) => [r.name, r] as const))(
    '%s: fields, keys and missing values are v2',
    (_, r) => {
      const names = r.schema.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const f of r.schema.fields) {
        expect(V2_TYPES, `${r.name}.${f.name}`).toContain(f.type);
        // v2: a missing value reads as null, and required means never null.
        const fieldMissing = (f.missingValues ?? []).map((m) => (typeof m === 'string' ? m : m.value));
        if (f.constraints?.required) expect(fieldMissing, `${r.name}.${f.name}`).toEqual([]);
        if (f.constraints?.pattern) expect(f.type).toBe('string');
        if (f.format === 'uri') expect(f.type).toBe('string');
      }
      const key =
        typeof r.schema.primaryKey === 'string' ? [r.schema.primaryKey] : (r.schema.primaryKey ?? []);
      for (const k of key) expect(names).toContain(k);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const name of fk.fields) expect(names).toContain(name);
        const target =
          fk.reference.resource === undefined ? r : tabular.find((t) => t.name === fk.reference.resource);
        expect(target, JSON.stringify(fk)).toBeDefined();
        for (const name of fk.reference.fields)
          expect(target?.schema.fields.map((f) => f.name)).toContain(name);
        expect(fk.reference.fields).toHaveLength(fk.fields.length);
      }
    },
  );

  test.each(tabular.map((r) => [r.path, r] as const))(
    '%s: header equals the schema’s fields, in order',
    (_, r) => {
      expect(read(r.path)[0]).toEqual(r.schema.fields.map((f) => f.name));
    },
  );
});

/** A cell under a v2 reading: null for a missing value, else the typed value, else an error. */
function readCell(f: Field, schema: Schema, cell: string): { value: unknown } | { error: string } {
  if (missingOf(f, schema).includes(cell)) {
    return f.constraints?.required ? { error: 'null in a required field' } : { value: null };
  }
  let value: unknown;
  switch (f.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) return { error: `not an integer: ${cell}` };
      value = Number(cell);
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(cell)) return { error: `not a number: ${cell}` };
      value = Number(cell);
      break;
    case 'boolean':
      if (f.trueValues?.includes(cell)) value = true;
      else if (f.falseValues?.includes(cell)) value = false;
      else return { error: `not a boolean: ${cell}` };
      break;
    case 'string':
      if (f.format === 'uri' && !URL.canParse(cell)) return { error: `not a URI: ${cell}` };
      value = cell;
      break;
    default:
      return { error: `type ${f.type} not read here` };
  }
  const c = f.constraints ?? {};
  if (c.enum && !c.enum.includes(cell)) return { error: `not in enum: ${cell}` };
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell))
    return { error: `does not match pattern: ${cell}` };
  if (typeof value === 'number' && c.minimum !== undefined && value < c.minimum)
    return { error: `below minimum: ${cell}` };
  if (typeof value === 'number' && c.maximum !== undefined && value > c.maximum)
    return { error: `above maximum: ${cell}` };
  return { value };
}

describe('every committed row under a v2 reading', () => {
  test.each(tabular.map((r) => [r.path, r] as const))('%s', (_, r) => {
    const [, ...rows] = read(r.path);
    expect(rows.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const seen = r.schema.fields.map(() => new Set<unknown>());
    for (const [i, row] of rows.entries()) {
      expect(row).toHaveLength(r.schema.fields.length);
      for (const [j, f] of r.schema.fields.entries()) {
        const result = readCell(f, r.schema, row[j] ?? '');
        if ('error' in result) problems.push(`line ${i + 2}, ${f.name}: ${result.error}`);
        else if (f.constraints?.unique && result.value !== null) {
          if (seen[j]?.has(result.value))
            problems.push(`line ${i + 2}, ${f.name}: duplicate ${String(result.value)}`);
          seen[j]?.add(result.value);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('foreign keys resolve', () => {
    const ids = new Map(
      tabular.map((r) => [
        r.name,
        new Set(
          read(r.path)
            .slice(1)
            .map((row) => row[0]),
        ),
      ]),
    );
    const problems: string[] = [];
    for (const r of tabular) {
      const [header = [], ...rows] = read(r.path);
      for (const fk of r.schema.foreignKeys ?? []) {
        const column = header.indexOf(fk.fields[0] ?? '');
        const target = ids.get(fk.reference.resource ?? r.name);
        for (const row of rows) {
          const value = row[column] ?? '';
          if (value !== '' && !target?.has(value)) problems.push(`${r.path}: ${fk.fields[0]} ${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('a not-reported cell reads as null, and an empty one where not-reported is allowed does not', () => {
    const digitization = tabular.find((r) => r.name === 'digitization');
    const total = digitization?.schema.fields.find((f) => f.name === 'services_total');
    if (!digitization || !total) throw new Error('digitization.services_total not described');
    expect(readCell(total, digitization.schema, 'not-reported')).toEqual({ value: null });
    expect(readCell(total, digitization.schema, '')).toHaveProperty('error');
    expect(readCell(total, digitization.schema, '12')).toEqual({ value: 12 });
  });
});
