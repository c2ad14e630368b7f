/**
 * The contract between charts and everything that shows them: pages, embeds, downloads, tests.
 * A chart is a set of pure functions of the model; nothing here reads files or the clock.
 */
import type { PartialDate } from '../data/partial-date.ts';
import type { Lang, Model } from '../model/types.ts';

export interface ChartTable {
  columns: readonly { key: string; label: string; numeric?: boolean }[];
  rows: readonly Readonly<Record<string, string | number | null>>[];
}

export interface ChartDefinition {
  /** Stable forever: it names the snapshot, the embed URL and the figure's anchor. */
  readonly id: string;
  title(model: Model, lang: Lang): string;
  subtitle(model: Model, lang: Lang): string;
  /** Self-contained, deterministic SVG markup (role="img", <title>, <desc>, inline styles or presentation attributes only; no external refs), rendered at build time. */
  svg(model: Model, lang: Lang, options?: { width?: number }): string;
  /** The rows behind the chart in the page language, for the visible table and the CSV download. "not reported" cells hold null in `rows` and are labelled in the table. */
  table(model: Model, lang: Lang): ChartTable;
  sourceIds(model: Model): readonly string[];
  /** The latest date among the data drawn (for "data as of"). */
  dataAsOf(model: Model): PartialDate | null;
  notes(model: Model, lang: Lang): readonly string[];
  /** Height in px an embed iframe should start with at 600 px width. */
  readonly defaultHeight: number;
}

/**
 * Another rendering of the same data a reader may switch to (shares instead of counts). Charts offer
 * one only when the data allows it, so the switch never appears over numbers that do not exist.
 */
export interface ChartView {
  readonly id: string;
  label(lang: Lang): string;
  svg(model: Model, lang: Lang, options?: { width?: number }): string;
}

/** The width every chart is drawn at unless asked otherwise, and the narrow one for phones. */
export const WIDE = 600;
export const NARROW = 320;
