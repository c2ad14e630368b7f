/**
 * The tags copy may use, as Markdoc schemas. Attribute types and required attributes are checked by
 * Markdoc's validate(); whether an id exists in the data is checked against the model the copy is
 * rendered with (`copy` variable), so the same schemas serve Astro's content loader (no model: only
 * the shape is checked) and the build's copy check (src/copy/check.ts).
 *
 *   {% figure indicator="villages-without-internet" date="2018" /%}   a value, linked to its source
 *   {% figure indicator="…" date="…" dated=true /%}                   … followed by its date
 *   {% figure indicator="…" date="…" region="country" /%}             the country's value
 *   {% figure fact="villagesNamedLater" /%}                           a count the story derived
 *   {% source id="…" %}linked phrase{% /source %}
 *   {% quote source="…" translated=true %}words as the source has them{% /quote %}
 *   {% chart id="departments" /%}                                     a chart from the registry
 */
import Markdoc, { type Config, type Node, type Schema, type ValidationError } from '@markdoc/markdoc';
import { parsePartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { formatValue } from '../i18n/indicator-values.ts';
import { INTL_LOCALE } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { countryOf, seriesOf, siteRegion } from '../model/queries.ts';
import type { IndicatorValue } from '../model/types.ts';
import { type CopyContext, isCitedCount } from './context.ts';

// The package is CommonJS: named imports of values fail under Node's ESM loader.
const { Tag } = Markdoc;

/** A copy error found while rendering: the message names file and line, for the build's report. */
export class CopyError extends Error {
  readonly line: number;
  /** The message without file and line. */
  readonly detail: string;
  constructor(ctx: Pick<CopyContext, 'file'>, node: Node, detail: string) {
    const line = (node.lines[0] ?? 0) + 1;
    super(`${ctx.file}:${line}: ${detail}`);
    this.line = line;
    this.detail = detail;
  }
}

const copyOf = (config: Config): CopyContext | undefined =>
  (config.variables as { copy?: CopyContext } | undefined)?.copy;

const problem = (message: string): ValidationError => ({ id: 'copy-id', level: 'error', message });

/** The value a figure tag points at, or why there is none. */
export function figureValue(
  ctx: CopyContext,
  attrs: Record<string, unknown>,
): { text: string; sourceId: string } | { error: string } {
  if (typeof attrs.fact === 'string') {
    const facts = ctx.facts as Record<string, unknown>;
    if (!(attrs.fact in facts))
      return { error: `no fact named "${attrs.fact}" (the story's facts are listed in src/model/story.ts)` };
    const f = facts[attrs.fact];
    if (!isCitedCount(f))
      return {
        error: `the fact "${attrs.fact}" is not a number with a source here: put the sentence inside {% if $facts.${attrs.fact} %}`,
      };
    const text = formatNumber(ctx.lang, f.value);
    const date = f.date ? parsePartialDate(f.date) : null;
    return {
      text: attrs.dated === true && date ? `${text} (${formatPartialDate(ctx.lang, date)})` : text,
      sourceId: f.sourceId,
    };
  }
  const id = attrs.indicator;
  if (typeof id !== 'string') return { error: 'a figure needs indicator="…" or fact="…"' };
  if (!ctx.model.indicators.some((i) => i.id === id))
    return { error: `no indicator "${id}" in data/indicators.csv` };
  const region = siteRegion(ctx.model, ctx.regionId);
  const regionId = attrs.region === 'country' ? countryOf(ctx.model, region)?.id : region.id;
  if (!regionId) return { error: `region="country": the region has no country row in data/regions.csv` };
  const values = seriesOf(ctx.model, id, regionId);
  const dateText = (v: IndicatorValue) => (v.date === NOT_REPORTED ? NOT_REPORTED : v.date.text);
  const found =
    attrs.date === undefined
      ? values.length === 1
        ? values[0]
        : undefined
      : values.find((v) => dateText(v) === attrs.date);
  if (!found) {
    const dates = values.map(dateText).join(', ') || 'none';
    return {
      error:
        attrs.date === undefined
          ? `indicator "${id}" has ${values.length} values (dates: ${dates}): say which with date="…"`
          : `indicator "${id}" has no value dated "${attrs.date}" in data/indicator-values.csv (dates: ${dates}); if the sentence depends on it, put it inside {% if %}`,
    };
  }
  const text = formatValue(ctx.lang, ctx.model, found);
  return {
    text: attrs.dated === true ? `${text} (${formatPartialDate(ctx.lang, found.date)})` : text,
    sourceId: found.sourceId,
  };
}

const citeLink = (ctx: CopyContext, node: Node, sourceId: string, className: string, children: unknown[]) => {
  if (!ctx.model.sources.some((s) => s.id === sourceId))
    throw new CopyError(ctx, node, `no source "${sourceId}" in data/sources.csv`);
  ctx.citations.cite(sourceId);
  return new Tag(
    'a',
    { class: className, href: `#source-${sourceId}`, 'data-source': sourceId },
    children as never,
  );
};

const figure: Schema = {
  selfClosing: true,
  attributes: {
    indicator: { type: String },
    fact: { type: String },
    date: { type: String },
    region: { type: String, matches: ['country'] },
    dated: { type: Boolean },
  },
  // Whether the ids exist is checked by src/copy/check.ts, which knows if the tag is published.
  validate(node) {
    const a = node.attributes;
    return (a.indicator === undefined) === (a.fact === undefined)
      ? [problem('a figure takes either indicator="…" or fact="…"')]
      : [];
  },
  transform(node, config) {
    const ctx = copyOf(config);
    if (!ctx) return null;
    const v = figureValue(ctx, node.transformAttributes(config));
    if ('error' in v) throw new CopyError(ctx, node, v.error);
    return citeLink(ctx, node, v.sourceId, 'fig', [v.text]);
  },
};

const source: Schema = {
  attributes: { id: { type: String, required: true } },
  transform(node, config) {
    const ctx = copyOf(config);
    const children = node.transformChildren(config);
    if (!ctx) return children;
    return citeLink(ctx, node, String(node.transformAttributes(config).id), 'cite', children);
  },
};

const quote: Schema = {
  attributes: {
    source: { type: String, required: true },
    /** The words are our translation of the source's (ru/en copy quoting a Kazakh article). */
    translated: { type: Boolean },
  },
  transform(node, config) {
    const ctx = copyOf(config);
    const children = node.transformChildren(config);
    if (!ctx) return new Tag('q', {}, children);
    const id = String(node.transformAttributes(config).source);
    const q = new Tag('q', { class: 'quote' }, [citeLink(ctx, node, id, 'cite', children)]);
    if (node.attributes.translated !== true) return q;
    return [q, new Tag('span', { class: 'translated' }, [` ${t(ctx.lang, 'source.ourTranslation')}`])];
  },
};

const chart: Schema = {
  selfClosing: true,
  attributes: {
    id: { type: String, required: true },
    /** Heading level of the chart's title, to fit the outline (a chart right under the h1 takes 2). */
    level: { type: Number },
  },
  validate: (node) =>
    node.attributes.level === undefined || [2, 3, 4].includes(node.attributes.level)
      ? []
      : [problem('a chart title takes level=2, 3 or 4')],
  transform(node, config) {
    const ctx = copyOf(config);
    const id = String(node.attributes.id);
    const level = node.attributes.level as number | undefined;
    if (ctx && !ctx.chartIds.includes(id)) throw new CopyError(ctx, node, `no chart "${id}"`);
    // Astro's Markdoc integration sets `render` to the ChartFigure component; unit tests have none.
    const render = config.tags?.chart?.render;
    if (ctx && typeof render === 'function')
      return new Tag(render as never, {
        lang: ctx.lang,
        id,
        model: ctx.model,
        repoUrl: ctx.repoUrl ?? null,
        ...(level ? { level } : {}),
      });
    return new Tag('figure', { 'data-chart': id });
  },
};

/** Village names from a fact holding village ids, as one list in the page's language ("A, B and C"). */
const villages: Schema = {
  selfClosing: true,
  attributes: { fact: { type: String, required: true } },
  transform(node, config) {
    const ctx = copyOf(config);
    if (!ctx) return null;
    const ids = (ctx.facts as Record<string, unknown>)[String(node.attributes.fact)];
    if (!Array.isArray(ids) || ids.some((id) => !ctx.model.villages.some((v) => v.id === id)))
      throw new CopyError(ctx, node, `the fact "${node.attributes.fact}" is not a list of village ids`);
    const names = ids.map((id) => ctx.model.villages.find((v) => v.id === id)?.names[ctx.lang] ?? id);
    return new Intl.ListFormat(INTL_LOCALE[ctx.lang], { type: 'conjunction' }).format(names);
  },
};

/** A link to another page of the site, by name, so copy holds no addresses: `{% link to="villages" %}…{% /link %}`. */
const link: Schema = {
  attributes: { to: { type: String, required: true } },
  transform(node, config) {
    const ctx = copyOf(config);
    if (!ctx) return node.transformChildren(config);
    const href = ctx.links[String(node.attributes.to)];
    if (href === undefined) throw new CopyError(ctx, node, `no page "${node.attributes.to}" to link to`);
    return new Tag('a', { href }, node.transformChildren(config));
  },
};

/** A closed panel: `{% details summary="About these data" %}…{% /details %}`. */
const details: Schema = {
  attributes: { summary: { type: String, required: true }, class: { type: String } },
  transform(node, config) {
    return new Tag('details', { class: node.attributes.class ?? 'about-data' }, [
      new Tag('summary', {}, [String(node.attributes.summary)]),
      ...node.transformChildren(config),
    ]);
  },
};

/** A box beside the text: `{% box title="No internet in your village?" %}…{% /box %}`. */
const box: Schema = {
  attributes: { title: { type: String, required: true }, id: { type: String } },
  transform(node, config) {
    const attrs: Record<string, string> = { class: 'box' };
    if (node.attributes.id) attrs.id = String(node.attributes.id);
    return new Tag('aside', attrs, [
      new Tag('h2', { class: 'box-title' }, [String(node.attributes.title)]),
      ...node.transformChildren(config),
    ]);
  },
};

/** The date of a dated fact, as the page's language writes it: `{% date fact="latest" /%}`. */
const date: Schema = {
  selfClosing: true,
  attributes: { fact: { type: String, required: true } },
  transform(node, config) {
    const ctx = copyOf(config);
    if (!ctx) return null;
    const f = (ctx.facts as Record<string, unknown>)[String(node.attributes.fact)];
    const parsed = isCitedCount(f) && f.date ? parsePartialDate(f.date) : null;
    if (!parsed) throw new CopyError(ctx, node, `the fact "${node.attributes.fact}" has no date here`);
    return formatPartialDate(ctx.lang, parsed);
  },
};

/** A block with a class for the layout: `{% div class="sequence" %}…{% /div %}`. */
const div: Schema = {
  attributes: { class: { type: String, required: true } },
  transform: (node, config) =>
    new Tag('div', { class: String(node.attributes.class) }, node.transformChildren(config)),
};

/** The tags every copy file may use; markdoc.config.mjs adds the chart component. */
export const COPY_TAGS = { figure, source, quote, chart, villages, link, details, box, date, div } as const;

const isChart = (n: unknown): boolean =>
  Markdoc.Tag.isTag(n) && (typeof n.name === 'function' || n.attributes['data-chart'] !== undefined);

/**
 * The document lays its blocks out in the layout's widths: text in `.l-text` columns, each chart
 * in an `.l-wide` block between them, so a chart may be wider than the prose around it.
 */
const document: Schema = {
  attributes: { frontmatter: { render: false } },
  transform(node, config) {
    const blocks = node.transformChildren(config).flat();
    const out: InstanceType<typeof Tag>[] = [];
    let text: unknown[] = [];
    const flush = () => {
      if (text.length > 0) out.push(new Tag('div', { class: 'l-text' }, text as never));
      text = [];
    };
    for (const b of blocks) {
      if (isChart(b)) {
        flush();
        out.push(new Tag('div', { class: 'l-wide' }, [b]));
      } else text.push(b);
    }
    flush();
    return out;
  },
};

/** Node schemas copy files share (markdoc.config.mjs). */
export const COPY_NODES = { document } as const;
