/**
 * Checks a copy file against the data before anything is built, and lists its published sentences
 * for the fact-check sheet. Pure: text in, issues or sentences out, each with file and line.
 *
 * A file fails when it uses a tag, attribute, indicator, source, chart, page or fact that does not
 * exist; when a published figure has no value in the data; or when a sentence states a figure (a
 * digit in the prose, outside a figure tag) and cites nothing. An id inside `{% if %}` is checked
 * only where the condition holds: that is how a passage waits for data the build does not have.
 */
import Markdoc, { type Config, type Node, type ValidateError } from '@markdoc/markdoc';
import type { CopyContext } from './context.ts';
import { COPY_NODES, COPY_TAGS, CopyError, figureValue } from './tags.ts';

export interface CopyIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** One published sentence that states a figure or a fact, beside the sources it cites. */
export interface SentenceRecord {
  readonly lang: CopyContext['lang'];
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly sourceIds: readonly string[];
}

/** The Markdoc config a copy file is validated and rendered with. */
export function copyConfig(ctx: CopyContext): Config {
  return {
    tags: { ...COPY_TAGS },
    nodes: { ...COPY_NODES },
    variables: { copy: ctx, facts: ctx.facts },
    functions: { ...Markdoc.functions },
  } as Config;
}

export const formatCopyIssue = (i: CopyIssue): string => `${i.file}:${i.line}: ${i.message}`;

const lineOf = (node: Node): number => (node.lines[0] ?? 0) + 1;

/** Every `$variable` an attribute value uses, functions' parameters included. */
function variablesIn(value: unknown): string[][] {
  if (Markdoc.Ast.isVariable(value)) return [value.path.map(String)];
  if (Markdoc.Ast.isFunction(value)) return Object.values(value.parameters).flatMap(variablesIn);
  if (Array.isArray(value)) return value.flatMap(variablesIn);
  return [];
}

/** Ids a tag names that the data lack; empty when all exist. */
function missingIds(node: Node, ctx: CopyContext): string[] {
  const a = node.attributes;
  const has = (list: readonly { id: string }[], id: unknown) => list.some((x) => x.id === id);
  switch (node.tag) {
    case 'figure': {
      if (typeof a.indicator === 'string' && !has(ctx.model.indicators, a.indicator))
        return [`no indicator "${a.indicator}" in data/indicators.csv`];
      if (typeof a.fact === 'string' && !(a.fact in ctx.facts))
        return [`no fact named "${a.fact}" (the facts are in src/model/story.ts)`];
      return [];
    }
    case 'source':
    case 'quote': {
      const id = node.tag === 'source' ? a.id : a.source;
      return typeof id === 'string' && !has(ctx.model.sources, id)
        ? [`no source "${id}" in data/sources.csv`]
        : [];
    }
    case 'chart':
      return ctx.chartIds.includes(String(a.id))
        ? []
        : [`no chart "${a.id}" (charts: ${ctx.chartIds.join(', ')})`];
    case 'villages':
    case 'date':
      return String(a.fact) in ctx.facts
        ? []
        : [`no fact named "${a.fact}" (the facts are in src/model/story.ts)`];
    case 'link':
      return String(a.to) in ctx.links
        ? []
        : [`no page "${a.to}" to link to (pages: ${Object.keys(ctx.links).join(', ')})`];
    default:
      return [];
  }
}

function staticIssues(ast: Node, ctx: CopyContext): CopyIssue[] {
  const issues: CopyIssue[] = [];
  const visit = (node: Node, insideIf: boolean) => {
    const at = lineOf(node);
    for (const path of [...Object.values(node.attributes), ...Object.values(node.slots ?? {})].flatMap(
      variablesIn,
    )) {
      const [root, name] = path;
      if (root !== 'facts')
        issues.push({
          file: ctx.file,
          line: at,
          message: `unknown variable $${path.join('.')}: copy may use $facts.… only`,
        });
      else if (name !== undefined && !(name in ctx.facts))
        issues.push({
          file: ctx.file,
          line: at,
          message: `no fact named "${name}" ($facts.${path.slice(1).join('.')}); the facts are in src/model/story.ts`,
        });
    }
    if (node.type === 'tag' && !insideIf)
      for (const message of missingIds(node, ctx)) issues.push({ file: ctx.file, line: at, message });
    const inIf = insideIf || (node.type === 'tag' && node.tag === 'if');
    for (const child of node.children) visit(child, inIf);
  };
  visit(ast, false);
  return issues;
}

// ——— Sentences ———

interface Piece {
  readonly text: string;
  readonly cites: readonly string[];
  /** Text written in the prose (not printed by a figure tag): where an uncited digit counts. */
  readonly prose: boolean;
  readonly line: number;
}

/** The inline content of a resolved node as pieces; false branches of `if` are left out. */
function piecesOf(node: Node, ctx: CopyContext, config: Config, line: number): Piece[] {
  const children = (n: Node, l: number) => n.children.flatMap((c) => piecesOf(c, ctx, config, l));
  const at = node.lines[0] !== undefined ? node.lines[0] + 1 : line;
  switch (node.type) {
    case 'text':
      return [{ text: String(node.attributes.content ?? ''), cites: [], prose: true, line: at }];
    case 'softbreak':
    case 'hardbreak':
      return [{ text: ' ', cites: [], prose: true, line: at }];
    case 'code':
      return [{ text: String(node.attributes.content ?? ''), cites: [], prose: true, line: at }];
    case 'tag':
      switch (node.tag) {
        case 'if':
          return publishedChildren(node).flatMap((c) => piecesOf(c, ctx, config, at));
        case 'figure': {
          const v = figureValue(ctx, node.attributes);
          return 'error' in v ? [] : [{ text: v.text, cites: [v.sourceId], prose: false, line: at }];
        }
        case 'source':
        case 'quote': {
          const id = String(node.tag === 'source' ? node.attributes.id : node.attributes.source);
          const inner = children(node, at).map((p) => ({ ...p, cites: [...p.cites, id] }));
          return node.tag === 'quote'
            ? [
                { text: '«', cites: [id], prose: false, line: at },
                ...inner,
                { text: '»', cites: [id], prose: false, line: at },
              ]
            : inner;
        }
        case 'villages':
        case 'date': {
          const out = COPY_TAGS[node.tag].transform?.(node, config);
          return [{ text: typeof out === 'string' ? out : '', cites: [], prose: false, line: at }];
        }
        default:
          return children(node, at);
      }
    default:
      return children(node, at);
  }
}

/** The children of an `if` tag that its conditions publish (attributes already resolved). */
function publishedChildren(node: Node): Node[] {
  const branches: { condition: unknown; children: Node[] }[] = [
    { condition: node.attributes.primary, children: [] },
  ];
  for (const child of node.children) {
    if (child.type === 'tag' && child.tag === 'else')
      branches.push({
        condition: 'primary' in child.attributes ? child.attributes.primary : true,
        children: [],
      });
    else branches.at(-1)?.children.push(child);
  }
  return branches.find((b) => Markdoc.truthy(b.condition))?.children ?? [];
}

// A sentence ends at . ! ? or … followed by space and a word that does not start in lower case
// ("2018 ж. қыркүйек" stays one sentence).
const SENTENCE_END = /(?<=[.!?…][»”)]*)\s+(?=[^\p{Ll}\s]|$)/u;

interface Sentence {
  readonly text: string;
  readonly line: number;
  readonly cites: readonly string[];
  readonly uncitedDigit: boolean;
  readonly heading: boolean;
}

function sentencesOf(pieces: readonly Piece[], heading: boolean): Sentence[] {
  const out: Sentence[] = [];
  let current: Piece[] = [];
  const flush = () => {
    const text = current
      .map((p) => p.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') {
      const cites = [...new Set(current.flatMap((p) => p.cites))];
      const uncitedDigit = cites.length === 0 && current.some((p) => p.prose && /\p{Nd}/u.test(p.text));
      out.push({ text, line: current[0]?.line ?? 0, cites, uncitedDigit, heading });
    }
    current = [];
  };
  for (const p of pieces) {
    if (!p.prose || p.cites.length > 0) {
      current.push(p);
      continue;
    }
    const parts = p.text.split(SENTENCE_END);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      current.push({ ...p, text: part });
    });
  }
  flush();
  return out;
}

/** Every published sentence of a resolved document, block by block. */
function allSentences(ast: Node, ctx: CopyContext, config: Config): Sentence[] {
  const out: Sentence[] = [];
  const visit = (node: Node, heading: boolean) => {
    if (node.type === 'tag' && node.tag === 'if') {
      for (const c of publishedChildren(node)) visit(c, heading);
      return;
    }
    if (node.type === 'inline') {
      out.push(...sentencesOf(piecesOf(node, ctx, config, lineOf(node)), heading));
      return;
    }
    for (const child of node.children) visit(child, heading || node.type === 'heading');
  };
  visit(ast, false);
  return out;
}

function resolved(text: string, ctx: CopyContext): { ast: Node; resolvedAst: Node; config: Config } {
  const ast = Markdoc.parse(text);
  const config = copyConfig(ctx);
  return { ast, resolvedAst: ast.resolve(config), config };
}

/** Everything wrong with a copy file, in line order; empty when it may be built. */
export function checkCopy(text: string, ctx: CopyContext): CopyIssue[] {
  const { ast, resolvedAst, config } = resolved(text, ctx);
  const issues: CopyIssue[] = Markdoc.validate(ast, config)
    .filter((e: ValidateError) => e.error.level === 'error' || e.error.level === 'critical')
    // Variables are checked below, against the facts, with a message that says what to do.
    .filter((e) => e.error.id !== 'variable-undefined')
    .map((e) => ({ file: ctx.file, line: (e.lines[0] ?? 0) + 1, message: e.error.message }));
  issues.push(...staticIssues(ast, ctx));
  if (issues.length > 0) return sortIssues(issues);
  for (const s of allSentences(resolvedAst, ctx, config))
    if (s.uncitedDigit && !s.heading)
      issues.push({
        file: ctx.file,
        line: s.line,
        message: `this sentence states a figure but cites no source; use a figure tag or {% source id="…" %}: "${s.text}"`,
      });
  try {
    Markdoc.transform(ast, config);
  } catch (e) {
    if (!(e instanceof CopyError)) throw e;
    issues.push({ file: ctx.file, line: e.line, message: e.detail });
  }
  return sortIssues(issues);
}

/** In line order, each problem once (Markdoc may report a block tag both as tag and as content). */
function sortIssues(issues: readonly CopyIssue[]): CopyIssue[] {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const key = formatCopyIssue(i);
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .sort((a, b) => a.line - b.line);
}

/** The published sentences that state a figure or a fact (they cite a source or hold a digit). */
export function copySentences(text: string, ctx: CopyContext): SentenceRecord[] {
  const { resolvedAst, config } = resolved(text, ctx);
  return allSentences(resolvedAst, ctx, config)
    .filter((s) => !s.heading && (s.cites.length > 0 || s.uncitedDigit))
    .map((s) => ({ lang: ctx.lang, file: ctx.file, line: s.line, text: s.text, sourceIds: s.cites }));
}
