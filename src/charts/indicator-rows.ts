/**
 * What the row charts share (`connectivity-timeline`, `public-services-online`): one row per
 * indicator on a time axis, the row's name above its track, values written beside their marks,
 * values no source dates in a column of their own right of the axis. The marks here are drawn in
 * the same order by both charts, so their SVG stays as it was when each chart drew them itself.
 */
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/ui.ts';
import type { Indicator, Lang } from '../model/types.ts';
import { type Hit, hitAreas, lines } from './marks.ts';
import { fillClass, PALETTE, strokeClass } from './palette.ts';
import { keyed } from './render-svg.ts';

export interface RowLabel {
  readonly key: string;
  readonly y: number;
  readonly text: string;
}
export interface ValueText {
  readonly key: string;
  readonly y: number;
  readonly x: Date;
  readonly text: string;
  readonly anchor: 'start' | 'end';
}

/** The unit column of a chart's table. */
export const unitLabel = (lang: Lang, indicator: Indicator): string =>
  t(lang, indicator.unit === 'percent' ? 'chart.unit.percent' : 'chart.unit.count');

const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);

/**
 * Behind the rows: a rule at each year's start and, when some values are undated, the rule that
 * fences off their column with the column's heading (its lines already wrapped) at `headerY`.
 */
export function timeGridMarks(g: {
  readonly yearStarts: readonly Date[];
  readonly rowsTop: number;
  readonly rowsBottom: number;
  /** The undated column's fence, its right edge and its heading; null when every value is dated. */
  readonly lane: {
    readonly fence: Date;
    readonly right: Date;
    readonly header: readonly string[];
    readonly headerY: number;
  } | null;
}): Plot.Markish[] {
  const rule = (data: readonly Date[]) =>
    Plot.ruleX(data, {
      y1: g.rowsTop - 4,
      y2: g.rowsBottom,
      stroke: PALETTE.grid.light,
      className: strokeClass('grid'),
    });
  const { lane } = g;
  return [
    rule(g.yearStarts),
    ...(lane
      ? [
          rule([lane.fence]),
          Plot.text([lines(lane.header)], {
            x: () => lane.right,
            y: () => lane.headerY,
            text: (d: string) => d,
            textAnchor: 'end',
            lineAnchor: 'top',
            lineHeight: 13 / 11,
            fontSize: 11,
            fontStyle: 'italic',
            fill: PALETTE.muted.light,
            className: fillClass('muted'),
          }),
        ]
      : []),
  ];
}

/**
 * In front of the rows: each row's name, the values beside their marks, the year labels under the
 * axis, and on top the hit areas that carry each row's tooltip.
 */
export function rowTextMarks(m: {
  readonly labels: readonly RowLabel[];
  readonly labelX: Date;
  readonly labelLineHeight: number;
  readonly texts: readonly ValueText[];
  readonly yearLabels: readonly { readonly x: Date; readonly text: string }[];
  readonly axisY: number;
  readonly hits: readonly Hit[];
  readonly hitLeft: Date;
  readonly hitRight: Date;
}): Plot.Markish[] {
  return [
    Plot.text(m.labels, {
      x: () => m.labelX,
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: m.labelLineHeight,
      render: byKey(m.labels),
    }),
    // Plot takes the anchor as a constant, so values before and after their mark are two marks.
    ...(['start', 'end'] as const).map((anchor) => {
      const own = m.texts.filter((d) => d.anchor === anchor);
      return Plot.text(own, {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: anchor,
        fontWeight: 600,
        fontVariant: 'tabular-nums',
        render: byKey(own),
      });
    }),
    Plot.text(m.yearLabels, {
      x: 'x',
      y: () => m.axisY,
      text: 'text',
      fontVariant: 'tabular-nums',
      fill: PALETTE.muted.light,
      className: fillClass('muted'),
    }),
    hitAreas(m.hits, m.hitLeft, m.hitRight),
  ];
}
