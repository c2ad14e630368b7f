/**
 * What the row charts share (`connectivity-timeline`, `public-services-online`): one row per
 * indicator on a time axis, the row's name above its track, values written beside their marks,
 * values no source dates in a column of their own right of the axis. The marks here are drawn in
 * the same order by both charts, so their SVG stays as it was when each chart drew them itself.
 */
import * as Plot from '@observablehq/plot';
import type { ScaleTime } from 'd3';
import { t } from '../i18n/ui.ts';
import type { Indicator, Lang } from '../model/types.ts';
import { ASIDE_TEXT, type Hit, hitAreas, lines } from './marks.ts';
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

/** A row's name: its size and line height. */
export const LABEL = 12;
export const LABEL_LINE = 15;
/** The height of a row's track of marks, and the space between rows. */
export const TRACK = 16;
export const GAP = 10;

/** The unit column of a chart's table. */
export const unitLabel = (lang: Lang, indicator: Indicator): string =>
  t(lang, indicator.unit === 'percent' ? 'chart.unit.percent' : 'chart.unit.count');

const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);

/** Plot's scales for a row chart: time across, drawn without Plot's axis; rows at pixel heights. */
export function rowChartScales(x: ScaleTime<number, number>): Plot.PlotOptions {
  return {
    margin: 0,
    x: { type: 'utc', domain: x.domain(), range: x.range(), axis: null },
    y: { type: 'identity', axis: null },
  };
}

/** Where a row chart's marks stand: `px` turns a pixel into the time the x scale puts there. */
interface Frame {
  readonly px: (pixel: number) => Date;
  readonly width: number;
}

/**
 * Behind the rows: a rule at each year's start and, when some values are undated, the rule that
 * fences their column off right of `timeRight`, with the column's heading (wrapped) at `y`.
 */
export function timeGridMarks(
  g: Frame & {
    readonly yearStarts: readonly Date[];
    readonly rowsTop: number;
    readonly rowsBottom: number;
    readonly timeRight: number;
    /** The undated column's heading; null when every value is dated. */
    readonly laneHeader: { readonly lines: readonly string[]; readonly y: number } | null;
  },
): Plot.Markish[] {
  const rule = (data: readonly Date[]) =>
    Plot.ruleX(data, {
      y1: g.rowsTop - 4,
      y2: g.rowsBottom,
      stroke: PALETTE.grid.light,
      className: strokeClass('grid'),
    });
  const header = g.laneHeader;
  return [
    rule(g.yearStarts),
    ...(header
      ? [
          rule([g.px(g.timeRight + 8)]),
          Plot.text([lines(header.lines)], {
            x: () => g.px(g.width - 2),
            y: () => header.y,
            text: (d: string) => d,
            textAnchor: 'end',
            ...ASIDE_TEXT,
          }),
        ]
      : []),
  ];
}

/**
 * In front of the rows: each row's name, the values beside their marks, the year labels under the
 * axis at `axisY`, and on top the full-width hit areas that carry each row's tooltip.
 */
export function rowTextMarks(
  m: Frame & {
    readonly labels: readonly RowLabel[];
    readonly texts: readonly ValueText[];
    readonly yearLabels: readonly { readonly x: Date; readonly text: string }[];
    readonly axisY: number;
    readonly hits: readonly Hit[];
  },
): Plot.Markish[] {
  return [
    Plot.text(m.labels, {
      x: () => m.px(4),
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: LABEL_LINE / LABEL,
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
    hitAreas(m.hits, m.px(0), m.px(m.width)),
  ];
}
