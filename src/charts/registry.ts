/**
 * Every chart of the site by its stable id, the village map included, with the page that shows it.
 * Pages, embeds, downloads and the chart tests (contract and snapshots) all start here, so a chart
 * added to this list is published, embeddable and tested.
 */
import type { Model } from '../model/types.ts';
import { connectivityTimeline } from './connectivity-timeline.ts';
import type { ChartDefinition, ChartView } from './definition.ts';
import { departments, departmentViews } from './departments.ts';
import { digitalLiteracy } from './digital-literacy.ts';
import { publicServicesOnline } from './public-services-online.ts';
import { villagesMap } from './villages-map.ts';

export type { ChartDefinition, ChartTable, ChartView } from './definition.ts';

export interface RegisteredChart {
  readonly chart: ChartDefinition;
  /** The page the chart appears on, without language prefix: `''` for the story, `villages/`. */
  readonly page: string;
  /** The id of the element on that page that holds it, for the "more" link. */
  readonly anchor: string;
}

// ChartFigure gives each story chart the id `chart-<id>`.
const onStory = (chart: ChartDefinition): RegisteredChart => ({
  chart,
  page: '',
  anchor: `chart-${chart.id}`,
});

export const REGISTRY: readonly RegisteredChart[] = [
  onStory(departments),
  onStory(connectivityTimeline),
  onStory(digitalLiteracy),
  onStory(publicServicesOnline),
  { chart: villagesMap, page: 'villages/', anchor: 'map' },
];

/** Every chart, in registry order. */
export const CHARTS: readonly ChartDefinition[] = REGISTRY.map((r) => r.chart);

/** The charts of the story page, in the order it shows them. */
export const STORY_CHARTS: readonly ChartDefinition[] = REGISTRY.filter((r) => r.page === '').map(
  (r) => r.chart,
);

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}

/** Other views of a chart a reader may switch to; empty when the data allows only one. */
export function chartViews(id: string, model: Model): readonly ChartView[] {
  return id === departments.id ? departmentViews(model) : [];
}
