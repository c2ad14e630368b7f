/**
 * Every chart of the site by its stable id, the village map included, with the page that shows it.
 * This list is the one place a chart is added: pages, embeds (`/embed/<id>/`, public URLs: never
 * rename an id), downloads, the data-diff's "what a change reaches" and the chart tests all read it.
 */
import { perModel } from '../model/per-model.ts';
import type { Model } from '../model/types.ts';
import { connectivityTimeline } from './connectivity-timeline.ts';
import type { AnyChart, PreparedChart } from './definition.ts';
import { departments } from './departments.ts';
import { digitalLiteracy } from './digital-literacy.ts';
import { publicServicesOnline } from './public-services-online.ts';
import { villagesMap } from './villages-map.ts';

export type { ChartTable, PreparedChart } from './definition.ts';

export interface RegisteredChart {
  readonly chart: AnyChart;
  /** The page the chart appears on, without language prefix: `''` for the story, `villages/`. */
  readonly page: string;
  /** The id of the element on that page that holds it, for the "more" link. */
  readonly anchor: string;
}

/** ChartFigure gives each story chart the id `chart-<id>`. */
export const figureAnchor = (id: string): string => `chart-${id}`;

/** The element on the data page that holds a chart's downloads and embed code. */
export const dataEmbedAnchor = (id: string): string => `embed-${id}-panel`;

const onStory = (chart: AnyChart): RegisteredChart => ({ chart, page: '', anchor: figureAnchor(chart.id) });

export const REGISTRY: readonly RegisteredChart[] = [
  onStory(departments),
  onStory(connectivityTimeline),
  onStory(digitalLiteracy),
  onStory(publicServicesOnline),
  { chart: villagesMap, page: 'villages/', anchor: 'map' },
];

/** The ids of the story page's charts, in the order it shows them. */
export const STORY_CHART_IDS: readonly string[] = REGISTRY.filter((r) => r.page === '').map(
  (r) => r.chart.id,
);

/** A chart's registry entry; a plain message naming the known ids when there is none. */
export function registeredChart(id: string): RegisteredChart {
  const found = REGISTRY.find((r) => r.chart.id === id);
  if (!found)
    throw new Error(`no chart with id "${id}"; known: ${REGISTRY.map((r) => r.chart.id).join(', ')}`);
  return found;
}

const prepared = perModel<PreparedChart>();

/** The chart with its rows, prepared once per model and chart (pages, embeds and images share it). */
export function prepareChart(model: Model, id: string): PreparedChart {
  return prepared(model, id, () => registeredChart(id).chart.prepare(model));
}
