/**
 * `npm run lint` runs this: the import graph of `src/` must follow the layers in the README's
 * "Project layout". It reads imports with the TypeScript parser (`ts.preProcessFile`) from `.ts`,
 * `.mjs` and `.astro` files (frontmatter and `<script>` blocks), so an `.astro` component is held to
 * the same rules as a module. There is no list of exceptions: a rule that needs one is a wrong rule.
 *
 * Rules (see `LAYERS` for the order):
 * 1. `upward`: a folder imports only from its own layer or layers below it.
 * 2. `cycle`: no two folders import each other, directly or through others.
 * 3. `loader`: a loader (`load.ts`, `load-*.ts`: reads data/, git or the environment) is imported only by
 *    pages, integrations and other loaders. Layouts and components take props: the page loads once
 *    and passes what they show (`import type` is fine: it is erased).
 * 4. `environment`: only loaders and integrations read `process.env`; elsewhere `import.meta.env` may
 *    give only Vite's build constants (`BASE_URL`, `PUBLIC_*`), which Vite writes into the code.
 * 5. `io`: only loaders, integrations and pages read files, run programs or ask for the working directory.
 * 6. `outside`: a relative import stays inside `src/` and names a layer folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Bottom to top. Folders in one layer may import each other, as long as they make no cycle. */
export const LAYERS: readonly (readonly string[])[] = [
  ['(root)', 'geo', 'styles'],
  ['data'],
  ['model'],
  ['i18n'],
  ['charts', 'map'],
  ['reuse', 'scripts', 'copy'],
  ['components'],
  ['layouts'],
  ['pages', 'integrations'],
];

/** Who may import a loader besides another loader: pages, which pass what they load as props, and the build. */
const LOADER_USERS: readonly string[] = ['pages', 'integrations'];
/** Who may read files, run programs and ask for the working directory besides loaders. */
const IO_USERS: readonly string[] = ['pages', 'integrations'];
const ENV_USERS: readonly string[] = ['integrations'];

export type Rule = 'upward' | 'cycle' | 'loader' | 'environment' | 'io' | 'outside';
export interface Violation {
  readonly rule: Rule;
  /** `src/`-relative, with the line: `model/indicator-series.ts:4`. */
  readonly where: string;
  readonly message: string;
}

/** `src/`-relative posix path → file text. */
export type Sources = ReadonlyMap<string, string>;

const CHECKED = /\.(ts|mts|mjs|js|astro)$/;

export function readSources(srcDir: string): Map<string, string> {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => CHECKED.test(f) && !f.endsWith('.d.ts'))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(srcDir, f), 'utf8')]));
}

export const folderOf = (path: string): string =>
  path.includes('/') ? (path.split('/')[0] ?? '') : '(root)';
export const isLoader = (path: string): boolean => /(^|\/)load(-[\w-]+)?\.(ts|mjs)$/.test(path);
const rankOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** The script parts of a file, each with the line it starts on: all of a module; an `.astro` file's frontmatter and `<script>`s. */
function scriptParts(path: string, text: string): { code: string; line: number }[] {
  if (!path.endsWith('.astro')) return [{ code: text, line: 1 }];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const parts: { code: string; line: number }[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front?.[1] !== undefined) parts.push({ code: front[1], line: 2 });
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    if (m[1] !== undefined) parts.push({ code: m[1], line: lineAt((m.index ?? 0) + m[0].indexOf('>') + 1) });
  return parts;
}

/** Resolves `./x.ts` against a `src/`-relative file; null when it leaves `src/`. */
function resolveRelative(from: string, specifier: string): string | null {
  const parts = from.split('/').slice(0, -1);
  for (const step of specifier.split('/')) {
    if (step === '.' || step === '') continue;
    if (step === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(step);
  }
  return parts.join('/');
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
  /** `import type` / `export type`: erased when compiled, so it runs no loader. */
  readonly typeOnly: boolean;
}

function importsOf(path: string, text: string): { edges: Edge[]; outside: Violation[] } {
  const edges: Edge[] = [];
  const outside: Violation[] = [];
  for (const part of scriptParts(path, text)) {
    const lineOf = (pos: number) => part.line + part.code.slice(0, pos).split('\n').length - 1;
    for (const ref of ts.preProcessFile(part.code, true, true).importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const to = resolveRelative(path, ref.fileName);
      const where = `${path}:${lineOf(ref.pos)}`;
      if (to === null)
        outside.push({ rule: 'outside', where, message: `imports ${ref.fileName}, outside src/` });
      else {
        const statement = part.code.slice(
          Math.max(part.code.lastIndexOf('import', ref.pos), part.code.lastIndexOf('export', ref.pos)),
        );
        edges.push({
          from: path,
          to,
          line: lineOf(ref.pos),
          typeOnly: /^(import|export)\s+type\b/.test(statement),
        });
      }
    }
  }
  return { edges, outside };
}

/** Where a pattern matches in a file, as `file:line`. */
function linesMatching(path: string, text: string, pattern: RegExp): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (pattern.test(line.replace(/\/\/.*$/, '')) ? [`${path}:${i + 1}`] : []));
}

const ENV_READ = /\bprocess\.env\b|\bimport\.meta\.env\b(?!\??\.(BASE_URL|PUBLIC_\w+)\b)/;
const IO =
  /from ['"](node:)?(fs|fs\/promises|child_process)['"]|import\(['"](node:)?(fs|child_process)|\bprocess\.cwd\(/;

/** Strongly connected folder groups of more than one folder (Tarjan). */
function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, order.get(w) ?? 0));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          onStack.delete(w);
          group.push(w);
        }
      } while (w !== undefined && w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!order.has(v)) visit(v);
  return cycles;
}

export function checkLayers(sources: Sources): Violation[] {
  const violations: Violation[] = [];
  const graph = new Map<string, Set<string>>();
  const crossing: Edge[] = [];
  for (const [path, text] of sources) {
    const { edges, outside } = importsOf(path, text);
    violations.push(...outside);
    const from = folderOf(path);
    if (rankOf(from) < 0)
      violations.push({ rule: 'outside', where: path, message: `folder ${from}/ is in no layer of LAYERS` });
    for (const edge of edges) {
      const to = folderOf(edge.to);
      const where = `${path}:${edge.line}`;
      if (rankOf(to) < 0) {
        violations.push({ rule: 'outside', where, message: `imports ${edge.to}, in no layer of LAYERS` });
        continue;
      }
      if (from !== to) {
        crossing.push(edge);
        graph.set(from, (graph.get(from) ?? new Set()).add(to));
        if (rankOf(to) > rankOf(from))
          violations.push({
            rule: 'upward',
            where,
            message: `${from}/ imports ${edge.to}, from a higher layer`,
          });
      }
      if (isLoader(edge.to) && !edge.typeOnly && !isLoader(path) && !LOADER_USERS.includes(from))
        violations.push({
          rule: 'loader',
          where,
          message: `imports the loader ${edge.to}; take its result as an argument from the page`,
        });
    }
    const loader = isLoader(path);
    if (!loader && !ENV_USERS.includes(from))
      for (const at of linesMatching(path, text, ENV_READ))
        violations.push({
          rule: 'environment',
          where: at,
          message: 'reads the environment; only loaders do',
        });
    if (!loader && !IO_USERS.includes(from) && !ENV_USERS.includes(from))
      for (const at of linesMatching(path, text, IO))
        violations.push({
          rule: 'io',
          where: at,
          message: 'reads files, runs programs or the working directory',
        });
  }
  for (const cycle of folderCycles(graph)) {
    // The imports to undo: those that run sideways or up the layers (a cycle has at least one).
    const edges = crossing.filter(
      (e) =>
        cycle.includes(folderOf(e.from)) &&
        cycle.includes(folderOf(e.to)) &&
        rankOf(folderOf(e.to)) >= rankOf(folderOf(e.from)),
    );
    violations.push({
      rule: 'cycle',
      where: edges.map((e) => `${e.from}:${e.line}`).join(', '),
      message: `folders ${cycle.map((f) => `${f}/`).join(', ')} import each other`,
    });
  }
  return violations;
}

export const formatViolation = (v: Violation): string => `src/${v.where} [${v.rule}] ${v.message}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
  const violations = checkLayers(readSources(src));
  for (const v of violations) console.error(formatViolation(v));
  if (violations.length > 0) {
    console.error(`\n${violations.length} import(s) break the layers of src/ (README.md, "Project layout").`);
    process.exit(1);
  }
  console.error('src/ keeps its layers.');
}
