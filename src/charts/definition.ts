/**
 * The contract between charts and everything that shows them: pages, embeds, downloads, tests.
 * A chart is `prepare(model) → rows` (pure, computed once per model), then functions of those rows
 * and a language: the drawing, the table, the words around it. Nothing here reads files or the clock.
 */
import type { PartialDate } from '../data/partial-date.ts';
import type { TableName } from '../data/schema.ts';
import type { Lang, Model } from '../model/types.ts';

/**
 * The drawings every chart gets: beside the story's text column, wider where the page breaks out, a
 * phone's, and one for an embed frame between a phone's and the text column's (the usual 600 px
 * frame), where the text column's drawing would be shrunk and its labels shown under 12 px.
 */
export const WIDTHS = { wide: 920, text: 640, frame: 480, mobile: 312 } as const;
export type WidthName = keyof typeof WIDTHS;
export const WIDTH_NAMES = Object.keys(WIDTHS) as readonly WidthName[];
/** The drawing files, images and embeds use when they are not told a width. */
export const DEFAULT_WIDTH = WIDTHS.text;

/** A data file a chart reads: a CSV table, or a GeoJSON file of data/geo/. */
type ChartTableName = TableName | 'geo/regions' | 'geo/places';

export interface ChartTable {
  columns: readonly { key: string; label: string; numeric?: boolean }[];
  rows: readonly Readonly<Record<string, string | number | null>>[];
}

/** Another rendering of the same rows a reader may switch to (shares instead of counts). */
export interface ChartView<R> {
  readonly id: string;
  label(lang: Lang): string;
  render(rows: R, lang: Lang, width: number): string;
}

export interface ChartDefinition<R> {
  /** Stable forever: it names the snapshot, the embed URL and the figure's anchor. */
  readonly id: string;
  /** The data files the chart draws; the first holds its figures ("propose a correction" opens it). */
  readonly tables: readonly [ChartTableName, ...ChartTableName[]];
  /** The chart's rows, from the model alone: no language, no width. */
  prepare(model: Model): R;
  /** Self-contained, deterministic SVG markup (role="img", <title>, <desc>, no external refs). */
  render(rows: R, lang: Lang, width: number): string;
  title(rows: R, lang: Lang): string;
  subtitle(rows: R, lang: Lang): string;
  /** The rows in the page language, for the visible table and the downloads; "not reported" is null. */
  table(rows: R, lang: Lang): ChartTable;
  notes(rows: R, lang: Lang): readonly string[];
  sourceIds(rows: R): readonly string[];
  /** The latest date among the data drawn (for "data as of"). */
  dataAsOf(rows: R): PartialDate | null;
  /** Other renderings a reader may switch to; empty (or absent) when the rows allow only one. */
  views?(rows: R): readonly ChartView<R>[];
}

/** A chart with its rows bound: what pages, embeds and downloads use. */
export interface PreparedChart {
  readonly id: string;
  readonly tables: readonly ChartTableName[];
  svg(lang: Lang, width?: number): string;
  title(lang: Lang): string;
  subtitle(lang: Lang): string;
  table(lang: Lang): ChartTable;
  notes(lang: Lang): readonly string[];
  readonly sourceIds: readonly string[];
  readonly dataAsOf: PartialDate | null;
  /** Each view as a drawing; empty when there is only the chart itself. */
  readonly views: readonly {
    readonly id: string;
    label(lang: Lang): string;
    svg(lang: Lang, width?: number): string;
  }[];
}

/** What the registry keeps of a chart: its rows' type erased, so charts of any rows sit in one list. */
export interface AnyChart {
  readonly id: string;
  readonly tables: readonly [ChartTableName, ...ChartTableName[]];
  prepare(model: Model): PreparedChart;
}

/** Binds a chart to its rows; the only place that knows a definition's row type. */
export function defineChart<R>(def: ChartDefinition<R>): AnyChart {
  return {
    id: def.id,
    tables: def.tables,
    prepare(model) {
      const rows = def.prepare(model);
      return {
        id: def.id,
        tables: def.tables,
        svg: (lang, width = DEFAULT_WIDTH) => def.render(rows, lang, width),
        title: (lang) => def.title(rows, lang),
        subtitle: (lang) => def.subtitle(rows, lang),
        table: (lang) => def.table(rows, lang),
        notes: (lang) => def.notes(rows, lang),
        sourceIds: def.sourceIds(rows),
        dataAsOf: def.dataAsOf(rows),
        views: (def.views?.(rows) ?? []).map((v) => ({
          id: v.id,
          label: v.label,
          svg: (lang: Lang, width = DEFAULT_WIDTH) => v.render(rows, lang, width),
        })),
      };
    },
  };
}
