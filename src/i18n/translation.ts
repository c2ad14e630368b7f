/**
 * What a locale file must hold, and the check that says in plain words where one differs. The
 * sentences are JSON, one file per language in `locales/` (`kk.json` is the reference), so an editor
 * changes a sentence without touching code. `ru.json` and `en.json` hold the same keys (the type
 * checker sees a missing one, as `ui.ts` types each file by the Kazakh keys); `checkLocale()` also
 * finds a key left over, a `{placeholder}` that differs from the Kazakh one and a stray brace, with
 * the file and line, for the build's report and the tests.
 */
import { TABLES, type TableName, type TableSpec } from '../data/schema.ts';
import type kk from './locales/kk.json';

/** Every key of the interface's sentences, e.g. `'site.name'`. */
export type UiKey = keyof typeof kk;

/** A locale's sentences by key. */
export type Messages = Readonly<Record<UiKey, string>>;

/** The `{names}` `t()` fills in a sentence, sorted. */
function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** One problem in a locale file: a plain sentence, and the line of the key it is about. */
export interface LocaleProblem {
  readonly line: number;
  readonly message: string;
}

/** The 1-based line where `"key":` stands in a JSON file's text (1 when the key is not there). */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** A JSON file's text as an object, or the line and words of what is wrong with it. */
export function parseLocaleJson(
  text: string,
): { readonly value: Readonly<Record<string, unknown>> } | { readonly problem: LocaleProblem } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const what = message.replace(/ in JSON at position \d+.*$/s, '');
    return {
      problem: {
        line: text.slice(0, at).split('\n').length,
        message:
          `not valid JSON (${what}). Each line is "key": "text", with a comma after every line ` +
          'but the last; a " inside a text is written \\" (or use «» or “”)',
      },
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { problem: { line: 1, message: 'the file must be one { … } of "key": "text" lines' } };
  return { value: parsed as Readonly<Record<string, unknown>> };
}

/**
 * Every way a locale file's text differs from the Kazakh reference's messages: JSON that does not
 * parse, a value that is not a text, a key missing or left over, other `{placeholders}`, a brace that
 * is not a `{name}`. `file` is how the messages name it (`ru.json`); the reference checks itself.
 */
export function checkLocale(
  reference: Readonly<Record<string, string>>,
  file: string,
  text: string,
): LocaleProblem[] {
  const parsed = parseLocaleJson(text);
  if ('problem' in parsed) return [parsed.problem];
  const found: LocaleProblem[] = [];
  for (const key of Object.keys(reference))
    if (!(key in parsed.value))
      found.push({ line: 1, message: `${file} has no "${key}": translate it from kk.json` });
  for (const [key, value] of Object.entries(parsed.value)) {
    const line = lineOfKey(text, key);
    const kazakh = reference[key];
    if (typeof value !== 'string') found.push({ line, message: `"${key}" must be a text in quotes` });
    else if (/[{}]/.test(value.replace(/\{\w+\}/g, '')))
      found.push({ line, message: `"${key}" has a brace that is not a {name}: ${value}` });
    else if (kazakh === undefined)
      found.push({
        line,
        message: `${file} has "${key}", which kk.json does not: remove it, or add it to kk.json`,
      });
    else {
      const want = placeholdersOf(kazakh);
      const have = placeholdersOf(value);
      if (want.join() !== have.join())
        found.push({
          line,
          message:
            `"${key}" has ${have.map((p) => `{${p}}`).join(' ') || 'no placeholder'}, ` +
            `kk.json has ${want.map((p) => `{${p}}`).join(' ') || 'none'}: use the same names`,
        });
    }
  }
  return found;
}

type SchemaTable = (typeof TABLES)[number];
/** `table.column` for every column of the contract, e.g. `'villages.lat'`. */
type FieldKey = SchemaTable extends infer S
  ? S extends TableSpec<infer N, infer F>
    ? `${N}.${F[number]['name']}`
    : never
  : never;

export interface TableText {
  readonly title: string;
  readonly description: string;
}

/**
 * A data dictionary as its file (`locales/kk.data-dictionary.json`) holds it: a column that most
 * tables share (`id`, `region`, `source`, `note`) is described once under `shared`, and `fields`
 * holds the rest, or a shared column that needs words of its own in one table.
 */
export interface DataDictionaryFile {
  readonly tables: Readonly<Record<TableName, TableText>>;
  readonly shared: Readonly<Record<string, string>>;
  readonly fields: Readonly<Partial<Record<FieldKey, string>>>;
}

/**
 * The source of `placeholders.ts`: each key of `kk.json` that has `{placeholders}`, with their names,
 * so that the type checker can hold every `t()` call to them (JSON gives it the keys, not the
 * placeholders). `npm run i18n:types` writes it; `tests/i18n/locales.test.ts` fails when it is stale.
 */
export function placeholderTypes(reference: Readonly<Record<string, string>>): string {
  const lines = Object.entries(reference)
    .map(([key, text]) => [key, placeholdersOf(text)] as const)
    .filter(([, names]) => names.length > 0)
    .map(([key, names]) => `  '${key}': ${names.map((n) => `'${n}'`).join(' | ')};`);
  return [
    "// Written by `npm run i18n:types` from locales/kk.json: each key's {placeholders}, for the type",
    '// checker. Do not edit; after adding a key with placeholders to kk.json, run it again.',
    'export interface KeyPlaceholders {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** A column's description in a dictionary file: its own, or the one its tables share. */
export function fieldText(
  dictionary: Pick<DataDictionaryFile, 'shared' | 'fields'>,
  table: string,
  column: string,
): string | undefined {
  const own: Readonly<Record<string, string | undefined>> = dictionary.fields;
  return own[`${table}.${column}`] ?? dictionary.shared[column];
}

/**
 * What a data dictionary file (`kk.data-dictionary.json`) lacks or has too many of, against the
 * contract: a table or column described nowhere, a described column the contract does not have.
 */
export function dictionaryProblems(file: string, text: string): LocaleProblem[] {
  const parsed = parseLocaleJson(text);
  if ('problem' in parsed) return [parsed.problem];
  const { tables = {}, shared = {}, fields = {} } = parsed.value as Partial<DataDictionaryFile>;
  const tableTexts: Readonly<Record<string, TableText | undefined>> = tables;
  const found: LocaleProblem[] = [];
  const columns = new Set<string>();
  for (const table of TABLES) {
    const own = tableTexts[table.name];
    if (!own?.title || !own.description)
      found.push({ line: 1, message: `${file} has no title and description of the table ${table.name}` });
    for (const field of table.fields) {
      const key = `${table.name}.${field.name}`;
      columns.add(key);
      if (!fieldText({ shared, fields }, table.name, field.name))
        found.push({
          line: lineOfKey(text, 'fields'),
          message: `${file} describes no column ${key}: add "${key}": "…" under "fields"`,
        });
    }
  }
  for (const key of Object.keys(fields))
    if (!columns.has(key))
      found.push({
        line: lineOfKey(text, key),
        message: `${file} describes ${key}, which src/data/schema.ts does not have: remove it`,
      });
  return found;
}
