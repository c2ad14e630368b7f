/**
 * The chart as a picture to republish: title, subtitle, the chart, and a footer naming the sources,
 * the date of the data and where it comes from, so the image still says where it is from once it is
 * cut loose from the site. One SVG feeds the SVG download, the PNG and the social-card image.
 */
import { CHART_CLASS, PALETTE } from '../charts/palette.ts';
import { svgSize } from '../charts/render-svg.ts';
import { escapeHtml } from '../escape.ts';
import { wrapText } from '../text-width.ts';

/** DejaVu first so resvg and a reader's machine with DejaVu match; then the usual system sans fonts. */
export const IMAGE_FONT_STACK =
  "'DejaVu Sans', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

export interface ImageText {
  readonly title: string;
  readonly subtitle: string;
  /** Lines under the chart: sources, data date and version, address. Each is wrapped if long. */
  readonly footer: readonly string[];
}

export interface ComposedImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 16;
const TITLE = { size: 18, line: 23 };
const SUBTITLE = { size: 13, line: 18 };
const FOOTER = { size: 11, line: 15 };
/** DejaVu Sans runs wider than the phone fonts text-metrics was tuned for. */
const DEJAVU_WIDTH = 1.12;

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** Removes `@media (prefers-color-scheme:dark){…}`: an image on a white card must keep dark text. */
export function lightOnly(svg: string): string {
  const marker = '@media (prefers-color-scheme:dark){';
  let out = svg;
  for (let start = out.indexOf(marker); start >= 0; start = out.indexOf(marker)) {
    let depth = 0;
    let end = start + marker.length - 1;
    for (; end < out.length; end++) {
      if (out[end] === '{') depth++;
      else if (out[end] === '}' && --depth === 0) break;
    }
    out = out.slice(0, start) + out.slice(end + 1);
  }
  return out;
}

/** The chart's own `<svg>`, repositioned inside the card and made independent of any page CSS. */
function nestChart(chartSvg: string, y: number): { markup: string; width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(chartSvg.trim());
  if (!open) throw new Error('chart markup does not start with <svg>');
  const tag = open[0];
  const { width, height } = svgSize(chartSvg);
  const viewBox = attr(tag, 'viewBox') ?? `0 0 ${width} ${height}`;
  const cls = attr(tag, 'class') ?? CHART_CLASS;
  const fontSize = attr(tag, 'font-size') ?? '12';
  const anchor = attr(tag, 'text-anchor');
  const fill = attr(tag, 'fill');
  const nested = [
    `<svg x="${PAD}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}"`,
    ` class="${cls}" color="${PALETTE.text.light}" font-size="${fontSize}"`,
    anchor ? ` text-anchor="${anchor}"` : '',
    fill ? ` fill="${fill}"` : '',
    '>',
  ].join('');
  const body = lightOnly(chartSvg.trim().slice(tag.length));
  return { markup: `${nested}${body}`, width, height };
}

function textBlock(
  lines: readonly string[],
  y: number,
  style: { size: number; line: number },
  attrs: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + i * style.line + style.size}" font-size="${style.size}"${attrs}>${escapeHtml(line)}</text>`,
    )
    .join('');
}

export function composeImage(chartSvg: string, text: ImageText): ComposedImage {
  const chartTop = { y: 0 };
  const probe = nestChart(chartSvg, 0);
  const width = probe.width + 2 * PAD;
  const wrap = (s: string, size: number, bold = false) =>
    wrapText(s, (width - 2 * PAD) / DEJAVU_WIDTH, size, bold);
  const titleLines = wrap(text.title, TITLE.size, true);
  const subtitleLines = text.subtitle ? wrap(text.subtitle, SUBTITLE.size) : [];
  const footerLines = text.footer.flatMap((line) => wrap(line, FOOTER.size));

  let y = PAD;
  const title = textBlock(titleLines, y, TITLE, ' font-weight="bold"');
  y += titleLines.length * TITLE.line;
  const subtitle = textBlock(subtitleLines, y, SUBTITLE, ` fill="${PALETTE.muted.light}"`);
  y += subtitleLines.length * SUBTITLE.line + 10;
  chartTop.y = y;
  const chart = nestChart(chartSvg, chartTop.y);
  y += chart.height + 10;
  const rule = `<path d="M${PAD} ${y}H${width - PAD}" stroke="${PALETTE.grid.light}"/>`;
  y += 6;
  const footer = textBlock(footerLines, y, FOOTER, ` fill="${PALETTE.muted.light}"`);
  y += footerLines.length * FOOTER.line + PAD;
  const height = Math.ceil(y);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${escapeHtml(IMAGE_FONT_STACK)}" role="img" aria-labelledby="image-title">`,
    `<title id="image-title">${escapeHtml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g fill="${PALETTE.text.light}" text-anchor="start">${title}${subtitle}</g>`,
    chart.markup,
    rule,
    `<g text-anchor="start">${footer}</g>`,
    '</svg>',
  ].join('');
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
