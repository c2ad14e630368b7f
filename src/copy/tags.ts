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
import { NOT_REPORTED } from '../data/schema.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { formatValue } from '../model/indicator-series.ts';
import { countryOf, seriesOf, siteRegion } from '../model/queries.ts';
import type { IndicatorValue } from '../model/types.ts';
import { type CopyContext, isCitedCount } from './context.ts';

// The package is CommonJS: named imports of values fail under Node's ESM loader.
const { Tag } = Markdoc;

/** A copy error found while rendering: the message already names file and line. */
export class CopyError extends Error {}

export const copyOf = (config: Config): CopyContext | undefined =>
  (config.variables as { copy?: CopyContext } | undefined)?.copy;

/** "src/content/story/kk.mdoc:12" for a node (Markdoc counts lines from 0). */
export const where = (ctx: Pick<CopyContext, 'file'>, node: Node): string =>
  `${ctx.file}:${(node.lines[0] ?? 0) + 1}`;

const problem = (message: string): ValidationError => ({ id: 'copy-id', level: 'error', message });

/** The value a figure tag points at, or why there is none. */
export function figureValue(
  ctx: CopyContext,
  attrs: Record<string, unknown>,
): { text: string; sourceId: string } | { error: string } {
  if (typeof attrs.fact === 'string') {
    if (!(attrs.fact in ctx.facts))
      return { error: `no fact named "${attrs.fact}" (the story's facts are listed in src/model/story.ts)` };
    const f = ctx.facts[attrs.fact];
    if (!isCitedCount(f))
      return {
        error: `the fact "${attrs.fact}" is not a number with a source here: put the sentence inside {% if $facts.${attrs.fact} %}`,
      };
    return { text: formatNumber(ctx.lang, f.value), sourceId: f.sourceId };
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

const link = (ctx: CopyContext, sourceId: string, className: string, children: unknown[]) => {
  ctx.citations.cite(sourceId);
  return new Tag(
    'a',
    { class: className, href: `#source-${sourceId}`, 'data-source': sourceId },
    children as never,
  );
};

function sourceProblems(config: Config, id: unknown): ValidationError[] {
  const ctx = copyOf(config);
  if (!ctx || ctx.model.sources.some((s) => s.id === id)) return [];
  return [problem(`no source "${String(id)}" in data/sources.csv`)];
}

export const figure: Schema = {
  inline: true,
  selfClosing: true,
  attributes: {
    indicator: { type: String },
    fact: { type: String },
    date: { type: String },
    region: { type: String, matches: ['country'] },
    dated: { type: Boolean },
  },
  validate(node, config) {
    const a = node.attributes;
    if ((a.indicator === undefined) === (a.fact === undefined))
      return [problem('a figure takes either indicator="…" or fact="…"')];
    const ctx = copyOf(config);
    if (!ctx) return [];
    const v = figureValue(ctx, a);
    // A missing value is only an error where the sentence is published: render time decides that.
    return 'error' in v && !/has no value dated|is not a number with a source/.test(v.error)
      ? [problem(v.error)]
      : [];
  },
  transform(node, config) {
    const ctx = copyOf(config);
    if (!ctx) return null;
    const v = figureValue(ctx, node.transformAttributes(config));
    if ('error' in v) throw new CopyError(`${where(ctx, node)}: ${v.error}`);
    return link(ctx, v.sourceId, 'fig', [v.text]);
  },
};

export const source: Schema = {
  inline: true,
  attributes: { id: { type: String, required: true } },
  validate: (node, config) => sourceProblems(config, node.attributes.id),
  transform(node, config) {
    const ctx = copyOf(config);
    const children = node.transformChildren(config);
    if (!ctx) return children;
    return link(ctx, String(node.attributes.id), 'cite', children);
  },
};

export const quote: Schema = {
  inline: true,
  attributes: {
    source: { type: String, required: true },
    /** The words are our translation of the source's (ru/en copy quoting a Kazakh article). */
    translated: { type: Boolean },
  },
  validate: (node, config) => sourceProblems(config, node.attributes.source),
  transform(node, config) {
    const ctx = copyOf(config);
    const children = node.transformChildren(config);
    if (!ctx) return new Tag('q', {}, children);
    const id = String(node.attributes.source);
    const q = new Tag('q', { class: 'quote' }, [link(ctx, id, 'cite', children)]);
    if (node.attributes.translated !== true) return q;
    return [q, new Tag('span', { class: 'translated' }, [` ${TRANSLATED[ctx.lang]}`])];
  },
};

const TRANSLATED = { kk: '(біздің аудармамыз)', ru: '(перевод наш)', en: '(our translation)' } as const;

export const chart: Schema = {
  selfClosing: true,
  attributes: { id: { type: String, required: true } },
  validate(node, config) {
    const ctx = copyOf(config);
    return ctx && !ctx.chartIds.includes(String(node.attributes.id))
      ? [problem(`no chart "${node.attributes.id}" (charts: ${ctx.chartIds.join(', ')})`)]
      : [];
  },
  transform(node, config) {
    const ctx = copyOf(config);
    const id = String(node.attributes.id);
    // Astro's Markdoc integration sets `render` to the ChartFigure component; unit tests have none.
    const render = config.tags?.chart?.render;
    if (ctx && typeof render === 'function') return new Tag(render as never, { lang: ctx.lang, id });
    return new Tag('figure', { 'data-chart': id });
  },
};

/** The tags every copy file may use; markdoc.config.mjs adds the chart component. */
export const COPY_TAGS = { figure, source, quote, chart } as const;
