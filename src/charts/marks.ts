/**
 * A legend that travels with the SVG (a downloaded or embedded chart keeps it): one entry per line
 * group, a swatch in the series' own shape, then its name wrapped by Plot. Drawn as a panel of its
 * own above the chart (see `renderPanels`).
 */
import * as Plot from '@observablehq/plot';
import { PALETTE, type Role } from './palette.ts';
import { keyed, type Panel, plotWrap } from './render-svg.ts';

export interface LegendEntry {
  readonly key: string;
  readonly text: string;
  readonly role: Role;
  readonly symbol: 'circle' | 'square' | 'ring';
}

const LINE = 16;

export function legendPanel(entries: readonly LegendEntry[], width: number): Panel {
  const wrapped = plotWrap(
    entries.map((e) => e.text),
    ((width - 24) / 12) * 0.8,
  );
  const lines = entries.flatMap((e, i) =>
    (wrapped[i] ?? []).map((text, n) => ({ ...e, slot: `${e.key}|${n}`, first: n === 0, text })),
  );
  const swatches = lines.filter((l) => l.first);
  const filled = swatches.filter((s) => s.symbol !== 'ring');
  const rings = swatches.filter((s) => s.symbol === 'ring');
  const byKey = <T extends { key: string }>(d: readonly T[]) => keyed((x: T) => x.key, d);
  return {
    height: lines.length * LINE + 10,
    options: {
      margin: 0,
      marginTop: 4,
      marginBottom: 6,
      marginLeft: 18,
      y: { type: 'point', domain: lines.map((l) => l.slot), axis: null, padding: 0.5 },
      marks: [
        Plot.dot(filled, {
          y: 'slot',
          frameAnchor: 'left',
          dx: -10,
          r: 4.5,
          symbol: (d: (typeof filled)[number]) => d.symbol,
          fill: (d: (typeof filled)[number]) => PALETTE[d.role].light,
          className: 'legend-swatch',
          render: byKey(filled),
        }),
        Plot.dot(rings, {
          y: 'slot',
          frameAnchor: 'left',
          dx: -10,
          r: 4.5,
          fill: 'none',
          stroke: (d: (typeof rings)[number]) => PALETTE[d.role].light,
          strokeWidth: 2,
          className: 'legend-swatch',
          render: byKey(rings),
        }),
        Plot.text(lines, {
          y: 'slot',
          frameAnchor: 'left',
          text: 'text',
          textAnchor: 'start',
          render: byKey(lines),
        }),
      ],
    },
  };
}
