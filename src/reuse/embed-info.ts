/**
 * One chart in one language as another site sees it: its URLs, image size, snippet and citation.
 * The panel under each chart, the embed page, oEmbed and `/embeds.json` all describe a chart from here.
 */

import { WIDTHS } from '../charts/definition.ts';
import { type RegisteredChart as Embeddable, prepareChart } from '../charts/registry.ts';
import { svgSize } from '../charts/render-svg.ts';
import { t } from '../i18n/ui.ts';
import { perModel } from '../model/per-model.ts';
import type { Lang, Model } from '../model/types.ts';
import { wrapText } from '../text-width.ts';
import { type ChartFacts, chartFacts } from './chart-facts.ts';
import { chartImage, pngSizeOf } from './chart-image.ts';
import { type Citation, citation } from './citation.ts';
import { embedSnippet } from './snippet.ts';
import { absolute, type EmbedPaths, embedPaths, HOST_SCRIPT, isPublicSite, rootPath } from './urls.ts';

export interface EmbedInfo {
  readonly facts: ChartFacts;
  /** Site paths, for links on our own pages. */
  readonly paths: EmbedPaths;
  /** Absolute URLs, for what is pasted into other sites. */
  readonly urls: EmbedPaths & { readonly script: string };
  /** The image in CSS pixels, as drawn. */
  readonly image: { readonly width: number; readonly height: number };
  /** The PNG in pixels. */
  readonly png: { readonly width: number; readonly height: number };
  readonly alt: string;
  readonly defaultHeight: number;
  readonly snippet: string;
  readonly citation: Citation;
}

/**
 * The embed page in the usual 600 px frame (embed.css): its content 592 px wide inside 8 px of padding
 * on each side, and the type steps of global.css (restated in embed.css) at a 600 px viewport. Sizes
 * and gaps in px; tests/browser/embed.test.ts turns red when the page's type or spacing drifts from
 * them.
 */
const PAGE = {
  content: 592,
  padding: 16,
  title: { size: 20.55, line: 1.3, after: 4 },
  subtitle: { size: 14.35, line: 1.45, after: 8 },
  notes: { size: 13, line: 1.45, before: 8, indent: 17.6 },
  /** Its rule's margin, padding and border, and the margin around each paragraph. */
  footer: { size: 13, line: 1.45, before: 15.4, gap: 2.4 },
} as const;
/**
 * The width table sits below DejaVu Sans, the widest common system font, so text is wrapped as if
 * the column were this much narrower: an estimate that errs tall leaves a little space under the
 * footer, where one that errs short cuts the footer off (sources, data version, links) in hosts
 * that strip embed.js.
 */
const WRAP_SLACK = 1.08;

/** The embed page's footer in plain text, a paragraph a line (index.astro). */
function footerText(lang: Lang, facts: ChartFacts): string[] {
  const unlinked = facts.sources.filter((s) => !s.url).map(() => ` (${t(lang, 'source.noUrl')})`);
  return [
    `${facts.sourceLabel}: ${facts.sourceLine}${unlinked.join('')}`,
    [facts.dataAsOf, t(lang, 'embed.version', { version: facts.version })].filter(Boolean).join(' · '),
    `${t(lang, 'embed.more', { site: facts.siteName })} · XLSX · CSV`,
  ];
}

/**
 * The height an iframe starts with, before embed.js fits it, and keeps where a host strips scripts:
 * the embed page in the usual frame, its text wrapped with the width table and its chart the frame's
 * drawing grown to the frame's width. tests/browser/embed.test.ts holds it at or above the real
 * height at 600 px in every language, and within a tenth of it.
 */
function startHeight(lang: Lang, facts: ChartFacts, framed: { width: number; height: number }): number {
  const { content, title, subtitle, notes, footer } = PAGE;
  const height = (
    texts: readonly string[],
    style: { size: number; line: number },
    width: number,
    bold = false,
  ) =>
    texts.reduce((h, text) => h + wrapText(text, width / WRAP_SLACK, style.size, bold).length, 0) *
    style.size *
    style.line;
  const footerLines = footerText(lang, facts);
  const estimate =
    PAGE.padding +
    height([facts.title], title, content, true) +
    title.after +
    height([facts.subtitle], subtitle, content) +
    subtitle.after +
    (framed.height * content) / framed.width +
    (facts.notes.length > 0 ? notes.before + height(facts.notes, notes, content - notes.indent) : 0) +
    footer.before +
    height(footerLines, footer, content) +
    (footerLines.length + 1) * footer.gap;
  return Math.ceil(estimate / 10) * 10;
}

const frameSizes = perModel<{ width: number; height: number }>();

/**
 * The size of the drawing the usual frame shows, drawn once per model, chart and language: every page
 * that describes a chart (data panels, share tags, oEmbed, embeds.json, the embed page) asks for it.
 */
function frameDrawingSize(model: Model, lang: Lang, e: Embeddable): { width: number; height: number } {
  return frameSizes(model, `${lang}:${e.chart.id}`, () =>
    svgSize(prepareChart(model, e.chart.id).svg(lang, WIDTHS.frame)),
  );
}

export function embedInfo(model: Model, lang: Lang, e: Embeddable, site: URL | undefined): EmbedInfo {
  const facts = chartFacts(model, lang, e);
  const paths = embedPaths(lang, e.chart.id);
  const urls = {
    page: absolute(paths.page, site),
    png: absolute(paths.png, site),
    svg: absolute(paths.svg, site),
    csv: absolute(paths.csv, site),
    xlsx: absolute(paths.xlsx, site),
    oembed: absolute(paths.oembed, site),
    script: absolute(rootPath(HOST_SCRIPT), site),
  };
  const composed = chartImage(model, lang, e, site);
  const image = { width: composed.width, height: composed.height };
  const defaultHeight = startHeight(lang, facts, frameDrawingSize(model, lang, e));
  const alt = `${facts.title}${/[.!?]$/.test(facts.title) ? '' : '.'} ${facts.subtitle}`;
  return {
    facts,
    paths,
    urls,
    image,
    png: pngSizeOf(composed),
    alt,
    defaultHeight,
    snippet: embedSnippet({
      id: e.chart.id,
      title: facts.title,
      pageUrl: urls.page,
      scriptUrl: urls.script,
      image: { url: urls.png, ...image },
      alt,
      height: defaultHeight,
    }),
    citation: citation(lang, facts, isPublicSite(site) ? urls.page : null),
  };
}

/** oEmbed 1.0 (`type: rich`) for one chart in one language: https://oembed.com/#section2.3.4 */
export function oembedJson(info: EmbedInfo, providerUrl: string): Record<string, unknown> {
  return {
    version: '1.0',
    type: 'rich',
    title: info.facts.title,
    provider_name: info.facts.siteName,
    provider_url: providerUrl,
    html: info.snippet,
    width: info.image.width,
    height: info.defaultHeight,
    thumbnail_url: info.urls.png,
    thumbnail_width: info.png.width,
    thumbnail_height: info.png.height,
  };
}
