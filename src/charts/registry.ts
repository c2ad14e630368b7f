/**
 * Every chart of the site by its stable id. Pages, embeds, downloads and the snapshot tests all
 * start here, so a chart added to this list is published, embeddable and tested.
 */
import type { Model } from '../model/types.ts';
import { connectivityTimeline } from './connectivity-timeline.ts';
import type { ChartDefinition, ChartView } from './definition.ts';
import { departments, departmentViews } from './departments.ts';
import { digitalLiteracy } from './digital-literacy.ts';
import { publicServicesOnline } from './public-services-online.ts';

export type { ChartDefinition, ChartTable, ChartView } from './definition.ts';

export const CHARTS: readonly ChartDefinition[] = [
  departments,
  connectivityTimeline,
  digitalLiteracy,
  publicServicesOnline,
];

export function chartById(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart with id "${id}"; known: ${CHARTS.map((c) => c.id).join(', ')}`);
  return chart;
}

/** Other views of a chart a reader may switch to; empty when the data allows only one. */
export function chartViews(id: string, model: Model): readonly ChartView[] {
  return id === departments.id ? departmentViews(model) : [];
}
