/**
 * Everything a journalist can embed: the story's charts and the village map, by stable id, with the
 * page each one belongs to. The ids are public URLs (`/embed/<id>/`): never rename one.
 */
import type { ChartDefinition } from '../charts/definition.ts';
import { CHARTS } from '../charts/registry.ts';
import { villagesMap } from './villages-map.ts';

export interface Embeddable {
  readonly chart: ChartDefinition;
  /** The page the chart appears on, without language prefix, e.g. `villages/`. */
  readonly page: string;
  /** The id of the element on that page that holds it, for the "more" link. */
  readonly anchor: string;
}

export const EMBEDDABLES: readonly Embeddable[] = [
  // ChartFigure gives each story chart the id `chart-<id>`.
  ...CHARTS.map((chart) => ({ chart, page: '', anchor: `chart-${chart.id}` })),
  { chart: villagesMap, page: 'villages/', anchor: 'map' },
];

export function embeddable(id: string): Embeddable {
  const found = EMBEDDABLES.find((e) => e.chart.id === id);
  if (!found)
    throw new Error(`no embeddable chart "${id}"; known: ${EMBEDDABLES.map((e) => e.chart.id).join(', ')}`);
  return found;
}
