/**
 * What a copy file is rendered against: the page's language, the model, and the facts the story
 * computed once (src/model/story.ts). Passed to Markdoc as variables: `$facts` for `{% if %}`, and
 * `copy` for the tags, which read figures and number footnotes through it.
 */
import type { Citations } from '../model/citations.ts';
import type { Lang, Model } from '../model/types.ts';

/** A number with its source (an indicator value or a count the story derived from one source's rows). */
export interface CitedCount {
  readonly value: number;
  readonly sourceId: string;
  /** The date as written in the data, when the figure has one. */
  readonly date?: string | null;
}

/** A methodology fact: a yes/no, a number, a cited count, a name, a list of them, or absent (null). */
export type Fact =
  | boolean
  | number
  | string
  | CitedCount
  | null
  | readonly Fact[]
  | { readonly [k: string]: Fact };

export interface CopyContext {
  readonly lang: Lang;
  readonly model: Model;
  /** The region figures are read for unless a tag says `region="country"`. */
  readonly regionId: string;
  /** The page's footnotes: a tag that cites a source puts it in the page's source list. */
  readonly citations: Citations;
  /** Chart ids the `chart` tag may place (src/charts/registry.ts). */
  readonly chartIds: readonly string[];
  /** The named facts copy may test with `{% if $facts.name %}` and print with `{% figure fact="name" /%}`. */
  readonly facts: object;
  /** The copy file, root-relative, for messages ("src/content/story/kk.mdoc"). */
  readonly file: string;
  /** Addresses the `link` tag may point to, by name (villages, methodology, data, factCheck, reportVillage). */
  readonly links: Readonly<Record<string, string>>;
  /** The code repository the charts' "Propose a correction" links open, or null for no link. */
  readonly repoUrl?: string | null;
}

export const isCitedCount = (f: unknown): f is CitedCount =>
  typeof f === 'object' &&
  f !== null &&
  typeof (f as CitedCount).value === 'number' &&
  typeof (f as CitedCount).sourceId === 'string';
