/**
 * Observable Plot, run at build time on linkedom's DOM, turned into the markup the site inlines.
 * The clean-up makes the SVG accessible (one image with a title and description instead of Plot's
 * aria-labels on bare groups, which axe flags) and deterministic (rounded numbers, ids derived
 * from the chart id), so snapshots only change when the picture does.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Lang, Model } from '../model/types.ts';
import type { ChartDefinition } from './definition.ts';
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

/**
 * A chart's frame: its title, and a description that reads its subtitle and then one sentence per
 * row or series, so a screen reader hears every figure the picture shows.
 */
export function chartFrame(
  chart: Pick<ChartDefinition, 'id' | 'title' | 'subtitle'>,
  model: Model,
  lang: Lang,
  size: { readonly width: number; readonly height: number },
  tips: readonly string[],
): SvgFrame {
  return {
    id: chart.id,
    width: size.width,
    height: size.height,
    title: chart.title(model, lang),
    desc: [chart.subtitle(model, lang), ...tips].join(' '),
  };
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const ARIA = ['aria-label', 'aria-description', 'aria-hidden'];
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;

function round(value: string): string {
  return value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 100) / 100));
}

function tidy(element: Element): void {
  for (const name of ARIA) element.removeAttribute(name);
  for (const attr of Array.from(element.attributes)) {
    if (!attr.name.startsWith('data-')) element.setAttribute(attr.name, round(attr.value));
  }
  for (const child of Array.from(element.children)) tidy(child);
}

function textElement(name: string, id: string | null, text: string): Element {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
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
  tidy(svg);
  const uid = `${CHART_CLASS}-${frame.id}-${frame.width}`;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
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
