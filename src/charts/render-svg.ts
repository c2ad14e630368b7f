/**
 * Observable Plot, run at build time on linkedom's DOM, turned into the markup the site inlines.
 * The clean-up makes the SVG accessible (one image with a title and description instead of Plot's
 * aria-labels on bare groups, which axe flags) and deterministic (rounded numbers, ids derived
 * from the chart id), so snapshots only change when the picture does.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_CLASS, chartStyle } from './palette.ts';

export interface SvgFrame {
  /** Chart id; with the width it makes the ids inside the SVG unique on a page. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  /** The chart's font size in px; Plot's default of 10 px is too small on a phone. */
  readonly fontSize?: number;
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const SVG_NS = 'http://www.w3.org/2000/svg';
const ARIA = ['aria-label', 'aria-description', 'aria-hidden'];
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;
const ANY_DECIMAL = /-?\d+\.\d+/g;
/**
 * Where a mark sits: whole px. A drawing is never shown larger than it is drawn, so half a px is
 * below what a reader sees, and the three drawings of a chart are most of a story page's bytes.
 * Shapes (`d`, `r`, sizes) keep two decimals: a symbol's outline would change with its rounding.
 */
const POSITIONS = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy']);

function round(name: string, value: string): string {
  if (POSITIONS.has(name) && !value.endsWith('em'))
    return value.replace(ANY_DECIMAL, (n) => String(Math.round(Number(n))));
  if (name === 'transform' && /^translate\([^)]*\)$/.test(value))
    return value.replace(ANY_DECIMAL, (n) => String(Math.round(Number(n))));
  return value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 100) / 100));
}

function tidy(element: Element): void {
  for (const name of ARIA) element.removeAttribute(name);
  for (const attr of Array.from(element.attributes)) {
    if (!attr.name.startsWith('data-')) element.setAttribute(attr.name, round(attr.name, attr.value));
  }
  for (const child of Array.from(element.children)) tidy(child);
}

function textElement(name: string, id: string | null, text: string): Element {
  const el = document.createElementNS(SVG_NS, name);
  if (id) el.setAttribute('id', id);
  el.textContent = text;
  return el as unknown as Element;
}

/**
 * A Plot render transform that tags each element of a mark with the key of its datum, so the
 * browser script can highlight everything that belongs to one department or series.
 */
export function keyed<T>(keyOf: (d: T) => string, data: readonly T[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next?.(index, scales, values, dimensions, context);
    if (!g) return null;
    const children = Array.from(g.children);
    children.forEach((child, i) => {
      const datum = data[index[i] ?? -1];
      if (datum !== undefined) child.setAttribute('data-key', keyOf(datum));
    });
    return g;
  };
}

export function renderSvg(frame: SvgFrame, options: Plot.PlotOptions): string {
  const figure = Plot.plot({
    ...options,
    document: document as unknown as Document,
    width: frame.width,
    height: frame.height,
    ariaLabel: null,
    ariaDescription: null,
  });
  const svg = figure as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg')
    throw new Error(`chart ${frame.id}: Plot made a figure, not an svg`);
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  return finish(svg, frame);
}

/** Plot's svg made one accessible, deterministic image that carries its own colours. */
function finish(svg: Element, frame: SvgFrame): string {
  tidy(svg);
  const uid = `${CHART_CLASS}-${frame.id}-${frame.width}`;
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('class', CHART_CLASS);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${uid}-title`);
  svg.setAttribute('aria-describedby', `${uid}-desc`);
  svg.setAttribute('font-size', String(frame.fontSize ?? 12));
  svg.setAttribute('style', 'max-width:100%;height:auto');
  svg.prepend(
    textElement('title', `${uid}-title`, frame.title),
    textElement('desc', `${uid}-desc`, frame.desc),
    textElement('style', null, chartStyle(svg.innerHTML)),
  );
  return svg.outerHTML;
}

/**
 * Text wrapped by Plot's own rule for `lineWidth` (in ems), returned as lines: a chart that must
 * know how many lines a label takes (to give it rows) asks Plot rather than a second width table.
 * Plot's table knows Latin letters only and counts any other letter as an "e", narrower than most
 * Cyrillic capitals and ш, ж, м, so charts pass a line width with room to spare.
 */
export function plotWrap(texts: readonly string[], lineWidth: number): string[][] {
  const svg = Plot.plot({
    document: document as unknown as Document,
    marks: [Plot.text(texts, { text: (d: string) => d, lineWidth, frameAnchor: 'top-left' })],
  }) as unknown as Element;
  return Array.from(svg.querySelectorAll('text')).map((el) => {
    const spans = Array.from(el.querySelectorAll('tspan'));
    return spans.length > 0 ? spans.map((s) => s.textContent ?? '') : [el.textContent ?? ''];
  });
}

/** One panel of a chart drawn as its own Plot, with its own height; panels stack top to bottom. */
export interface Panel {
  readonly height: number;
  readonly options: Plot.PlotOptions;
}

/**
 * Panels that share the x scale but not their rows (a region's rows and the country's), stacked
 * in one accessible SVG. Plot's facets share every scale, so rows of unequal panels would leave
 * empty bands; each panel is therefore its own plot, placed below the one before.
 */
export function renderPanels(frame: Omit<SvgFrame, 'height'>, panels: readonly Panel[]): string {
  const outer = document.createElementNS(SVG_NS, 'svg') as unknown as Element;
  let top = 0;
  for (const panel of panels) {
    const svg = Plot.plot({
      ...panel.options,
      document: document as unknown as Document,
      width: frame.width,
      height: panel.height,
      ariaLabel: null,
      ariaDescription: null,
    }) as unknown as Element;
    for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
    for (const name of ['class', 'style', 'font-family', 'font-size', 'text-anchor', 'xmlns'])
      svg.removeAttribute(name);
    svg.setAttribute('y', String(top));
    svg.setAttribute('class', 'panel');
    outer.appendChild(svg);
    top += panel.height;
  }
  const height = Math.ceil(top);
  outer.setAttribute('width', String(frame.width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${frame.width} ${height}`);
  outer.setAttribute('fill', 'currentColor');
  outer.setAttribute('font-family', 'system-ui, sans-serif');
  outer.setAttribute('text-anchor', 'middle');
  return finish(outer, { ...frame, height });
}

/** The one panel of a chart with nothing to draw: its reason in words, never an empty frame. */
export function emptyPanel(text: string): Panel {
  return {
    height: 32,
    options: {
      margin: 0,
      marks: [
        Plot.text([text], {
          frameAnchor: 'left',
          text: (d: string) => d,
          textAnchor: 'start',
          dx: 2,
          fontStyle: 'italic',
          className: 'empty',
        }),
      ],
    },
  };
}

/** The width and height a drawing states on its root `<svg>`, as every chart's drawing does. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
  const size = { width: read('width'), height: read('height') };
  if (!(size.width > 0 && size.height > 0)) throw new Error('chart svg has no width and height');
  return size;
}
