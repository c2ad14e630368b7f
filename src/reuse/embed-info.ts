/**
 * One chart in one language as another site sees it: its URLs, image size, snippet and citation.
 * The panel under each chart, the embed page, oEmbed and `/embeds.json` all describe a chart from here.
 */

import { WIDTHS } from '../charts/definition.ts';
import { type RegisteredChart as Embeddable, prepareChart } from '../charts/registry.ts';
import { svgSize } from '../charts/render-svg.ts';
import type { Lang, Model } from '../model/types.ts';
import { textWidth } from '../text-width.ts';
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

/** The usual frame: 600 px wide, its content 592 px inside the embed page's padding (embed.css). */
const FRAME_CONTENT = 592;
/** Notes on the embed page: 0.8rem text in a column about 580 px wide at the usual 600 px frame. */
const NOTE = { size: 12.8, line: 18.5, width: 580 };

/**
 * The height an iframe starts with, before embed.js fits it: the picture's height (title, chart and
 * footer, as on the embed page) with the chart as the usual frame shows it (the frame's drawing grown
 * to the frame's width, embed.css) instead of the picture's, plus the notes the page shows under the
 * chart. The page sets its title and sources in other fonts and widths than the picture does, so
 * this is an estimate: tests/browser/embed.test.ts holds it within 15% of the real height at 600 px.
 */
function startHeight(
  image: { height: number; chart: number },
  framed: { width: number; height: number },
  notes: readonly string[],
  chartDefault: number,
): number {
  const noteLines = notes.reduce((n, note) => n + Math.ceil(textWidth(note, NOTE.size) / NOTE.width), 0);
  const chart = (framed.height * FRAME_CONTENT) / framed.width;
  const estimate = image.height - image.chart + chart + noteLines * NOTE.line + 16;
  return Math.ceil(Math.max(chartDefault, estimate) / 10) * 10;
}

const frameSizes = new WeakMap<Model, Map<string, { width: number; height: number }>>();

/**
 * The size of the drawing the usual frame shows, drawn once per model, chart and language: every page
 * that describes a chart (data panels, share tags, oEmbed, embeds.json, the embed page) asks for it.
 */
function frameDrawingSize(model: Model, lang: Lang, e: Embeddable): { width: number; height: number } {
  let sizes = frameSizes.get(model);
  if (!sizes) {
    sizes = new Map();
    frameSizes.set(model, sizes);
  }
  const key = `${lang}:${e.chart.id}`;
  let size = sizes.get(key);
  if (!size) {
    size = svgSize(prepareChart(model, e.chart.id).svg(lang, WIDTHS.frame));
    sizes.set(key, size);
  }
  return size;
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
  const defaultHeight = startHeight(
    { height: composed.height, chart: composed.chartHeight },
    frameDrawingSize(model, lang, e),
    facts.notes,
    e.chart.defaultHeight,
  );
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
