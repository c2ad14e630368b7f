/**
 * Mark helpers the charts share: transparent hit areas that carry a tooltip and a key, and the
 * scale inversions that let labels sit at exact pixels while Plot still owns the scales.
 */
import * as Plot from '@observablehq/plot';
import { fillClass, PALETTE } from './palette.ts';
import { keyed } from './render-svg.ts';

export interface Hit {
  readonly key: string;
  readonly y1: number;
  readonly y2: number;
  /** The tooltip: shown natively without JavaScript, and by the script on hover and focus. */
  readonly tip: string;
}

/** Full-width bands, one per key, on top of everything: the targets of hover, focus and touch. */
export function hitAreas(hits: readonly Hit[], x1: number | Date, x2: number | Date): Plot.Markish {
  return Plot.rect(hits, {
    x1: () => x1,
    x2: () => x2,
    y1: 'y1',
    y2: 'y2',
    fill: 'currentColor',
    fillOpacity: 0,
    title: 'tip',
    className: 'hit',
    render: keyed((h) => h.key, hits),
  });
}

/** Text lines joined for Plot, which draws one tspan per line. */
export const lines = (parts: readonly string[]): string => parts.join('\n');

/** Small italic muted lines (a caveat, a column's heading): the style says "about the data, not a figure". */
export const ASIDE_TEXT = {
  lineAnchor: 'top',
  lineHeight: 13 / 11,
  fontSize: 11,
  fontStyle: 'italic',
  fill: PALETTE.muted.light,
  className: fillClass('muted'),
} as const satisfies Plot.TextOptions;
