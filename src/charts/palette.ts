/**
 * Chart colours for light and dark pages. Hues come from the Okabe–Ito set, which stays distinct
 * for the common colour-vision deficiencies; each was darkened or lightened until it reaches 3:1
 * against the page background (4.5:1 for text), which tests/charts/palette.test.ts checks.
 */

export interface Swatch {
  readonly light: string;
  readonly dark: string;
}

/** The page backgrounds of src/styles/global.css, which the contrast is measured against. */
export const BACKGROUND: Swatch = { light: '#ffffff', dark: '#121212' };

/** Roles, not hues: a chart asks for "online", and the palette decides what that looks like. */
export const PALETTE = {
  text: { light: '#1a1a1a', dark: '#ececec' },
  muted: { light: '#595959', dark: '#b4b4b4' },
  online: { light: '#0072b2', dark: '#56b4e9' },
  paper: { light: '#c24e00', dark: '#e69f00' },
  total: { light: '#6b6b6b', dark: '#a3a3a3' },
  series: { light: '#0072b2', dark: '#56b4e9' },
  seriesAlt: { light: '#007a5a', dark: '#3fc99f' },
  grid: { light: '#d6d6d6', dark: '#3d3d3d' },
} as const satisfies Record<string, Swatch>;

export type Role = keyof typeof PALETTE;

/** Which roles are read as text (4.5:1) rather than as marks (3:1). */
export const TEXT_ROLES: readonly Role[] = ['text', 'muted'];

/** Class that gives an element the fill of a role; its stroke twin is `s-<role>`. */
export const fillClass = (role: Role): string => `c-${role}`;
export const strokeClass = (role: Role): string => `s-${role}`;

/** Root class of every chart SVG; the rules below are scoped under it. */
export const CHART_CLASS = 'dzc';

function rules(mode: keyof Swatch, used: readonly string[]): string {
  const entries = (Object.entries(PALETTE) as [Role, Swatch][]).flatMap(([role, swatch]) => [
    [fillClass(role), `fill:${swatch[mode]}`],
    [strokeClass(role), `stroke:${swatch[mode]}`],
  ]);
  return [
    `.${CHART_CLASS}{color:${PALETTE.text[mode]}}`,
    ...entries
      .filter(([cls]) => used.includes(cls ?? ''))
      .map(([cls, rule]) => `.${CHART_CLASS} .${cls}{${rule}}`),
  ].join('');
}

/**
 * The chart's own stylesheet, carried inside the SVG so a downloaded or embedded file still follows
 * the reader's light or dark setting; only the classes the chart uses get a rule. Presentation
 * attributes hold the light colours as well, for renderers that ignore CSS (the PNG export).
 */
export function chartStyle(markup: string): string {
  const used = [...new Set([...markup.matchAll(/\b[cs]-[a-zA-Z]+\b/g)].map((m) => m[0]))];
  return `${rules('light', used)}@media (prefers-color-scheme:dark){${rules('dark', used)}}`;
}
