/**
 * The story's share card: a 1200×630 picture (the 1.91:1 of link previews) with the headline, the
 * first screen's three numbers and the site name. Drawn as SVG from the same findings as the page,
 * rendered by resvg with the bundled fonts, so the card never says what the page does not.
 */
import { PALETTE } from '../charts/palette.ts';
import { escapeHtml } from '../escape.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { formatValue } from '../i18n/indicator-values.ts';
import { localePath } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { type FrontFinding, findingList, frontFindings } from '../model/front-findings.ts';
import { siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
import { wrapText } from '../text-width.ts';
import { PNG_FONT_FAMILY, type Png, renderPng } from './png.ts';
import { absolute } from './urls.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;
/** Where each language's card lives: `/share.png`, `/ru/share.png`, `/en/share.png`. */
export const shareCardPath = (lang: Lang): string => localePath(lang, 'share.png');
export const shareCardUrl = (lang: Lang, site: URL | undefined): string =>
  absolute(shareCardPath(lang), site);

interface ShareCardItem {
  /** The figure as the page prints it, or null where the finding is that something is unknown. */
  readonly number: string | null;
  readonly caption: string;
}

export interface ShareCardText {
  readonly headline: string;
  readonly items: readonly ShareCardItem[];
  readonly siteName: string;
  readonly sourcesNote: string;
  /** What the picture shows, for og:image:alt. */
  readonly alt: string;
}

function item(lang: Lang, model: Model, f: FrontFinding): ShareCardItem {
  if (f.kind === 'first')
    return {
      number: formatValue(lang, model, f.value),
      caption: t(lang, 'front.card.first', { date: formatPartialDate(lang, f.value.date) }),
    };
  if (f.kind === 'latest')
    return {
      number: formatValue(lang, model, f.value),
      caption: t(lang, 'front.card.latest', { date: formatPartialDate(lang, f.value.date) }),
    };
  return f.unnamed > 0
    ? { number: formatNumber(lang, f.unnamed), caption: t(lang, 'front.card.unnamed') }
    : { number: null, caption: t(lang, 'front.card.unknown') };
}

export function shareCardText(model: Model, lang: Lang): ShareCardText {
  const region = siteRegion(model);
  const headline = t(lang, 'front.headline', { region: region.names[lang] });
  const items = findingList(frontFindings(model, region)).map((f) => item(lang, model, f));
  const said = items.map((i) => (i.number === null ? i.caption : `${i.number}: ${i.caption}`));
  return {
    headline,
    items,
    siteName: t(lang, 'site.name', { region: region.shortNames[lang] }),
    sourcesNote: t(lang, 'front.card.sources'),
    alt: [headline, ...said].join('. '),
  };
}

const PAD = 64;
const HEADLINE = { size: 48, line: 58, maxLines: 3 };
const NUMBER = { size: 96 };
const CAPTION = { size: 24, line: 30, maxLines: 5 };
const FOOTER = { size: 24 };
const GAP = 40;
/** DejaVu Sans runs wider than the phone fonts text-metrics was tuned for (as in image.ts). */
const DEJAVU_WIDTH = 1.12;

/** Wraps and, past `max` lines, cuts the last line with an ellipsis: the card has a fixed size. */
function lines(text: string, width: number, size: number, max: number, bold = false): string[] {
  const all = wrapText(text, width / DEJAVU_WIDTH, size, bold);
  if (all.length <= max) return all;
  return [...all.slice(0, max - 1), `${all[max - 1]}…`];
}

function textLines(
  rows: readonly string[],
  x: number,
  y: number,
  size: number,
  line: number,
  attrs = '',
): string {
  return rows
    .map((r, i) => `<text x="${x}" y="${y + i * line}" font-size="${size}"${attrs}>${escapeHtml(r)}</text>`)
    .join('');
}

export function shareCardSvg(text: ShareCardText): string {
  const { width, height } = SHARE_CARD;
  const inner = width - 2 * PAD;
  const ink = PALETTE.text.light;
  const muted = PALETTE.muted.light;
  const accent = PALETTE.series.light;

  const headline = lines(text.headline, inner, HEADLINE.size, HEADLINE.maxLines, true);
  const headlineTop = PAD + HEADLINE.size;
  const numbersTop = headlineTop + (headline.length - 1) * HEADLINE.line + GAP + NUMBER.size;

  const columns = Math.max(1, text.items.length);
  const colGap = 40;
  const colWidth = (inner - (columns - 1) * colGap) / columns;
  const items = text.items
    .map((it, i) => {
      const x = PAD + i * (colWidth + colGap);
      const number = it.number ?? '?';
      const caption = lines(it.caption, colWidth, CAPTION.size, CAPTION.maxLines);
      return [
        `<rect x="${x}" y="${numbersTop - NUMBER.size - 16}" width="${colWidth}" height="6" fill="${accent}"/>`,
        `<text x="${x}" y="${numbersTop}" font-size="${NUMBER.size}" font-weight="bold" fill="${accent}">${escapeHtml(number)}</text>`,
        textLines(caption, x, numbersTop + 16 + CAPTION.size, CAPTION.size, CAPTION.line, ` fill="${ink}"`),
      ].join('');
    })
    .join('');

  const footerY = height - PAD + FOOTER.size / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` font-family="${PNG_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="12" fill="${accent}"/>`,
    textLines(headline, PAD, headlineTop, HEADLINE.size, HEADLINE.line, ` font-weight="bold" fill="${ink}"`),
    items,
    `<text x="${PAD}" y="${footerY}" font-size="${FOOTER.size}" font-weight="bold" fill="${ink}">${escapeHtml(text.siteName)}</text>`,
    `<text x="${width - PAD}" y="${footerY}" font-size="${FOOTER.size - 4}" text-anchor="end" fill="${muted}">${escapeHtml(text.sourcesNote)}</text>`,
    '</svg>',
  ].join('');
}

/** The card as PNG, at its own size: scale 1, since 1200×630 is already what previews ask for. */
export const shareCardPng = (model: Model, lang: Lang): Png =>
  renderPng(shareCardSvg(shareCardText(model, lang)), 1);
