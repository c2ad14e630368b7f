/**
 * Rough text widths where no font is measured: the composed images (PNG, share cards), the embed
 * height estimate, the static map's label placement, and the margins charts keep for labels that
 * cannot wrap. The table errs wide against phones' system fonts, so a wrapped label may end early
 * but never overflows, and a map label judged clear is clear. DejaVu Sans (Linux desktops, and the
 * browser the tests drive) is wider, its letters averaging 0.64 em lowercase and 0.74 em capitals
 * (measured in Chromium): a chart's margin leaves a few px more, and the browser tests look for a
 * label cut off at a drawing's edge.
 */

const NARROW_CHARS = new Set([..." \u00a0\u202f.,:;!|'’()[]ilIjtfrіı"]);
const WIDE_CHARS = new Set([...'mwMWшщжмыюШЩЖМЫЮ%—']);

function advance(ch: string): number {
  if (NARROW_CHARS.has(ch)) return 0.32;
  if (WIDE_CHARS.has(ch)) return 0.86;
  // Digits are tabular in system fonts: "1" is as wide as "0" (0.64 em in DejaVu Sans).
  if (/\d/.test(ch)) return 0.64;
  if (ch !== ch.toLowerCase()) return 0.7;
  return 0.62;
}

/** Bold glyphs run about a tenth wider than regular ones. */
const BOLD = 1.1;

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize * (bold ? BOLD : 1);
}

/** Greedy word wrap to `maxWidth` px; a single word longer than the line keeps its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
