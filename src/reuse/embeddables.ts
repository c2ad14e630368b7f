/**
 * Everything a journalist can embed: every chart of the registry (the story's charts and the village
 * map), by stable id, with the page each one belongs to. The ids are public URLs (`/embed/<id>/`):
 * never rename one.
 */
import { REGISTRY, type RegisteredChart } from '../charts/registry.ts';

export type Embeddable = RegisteredChart;

export const EMBEDDABLES: readonly Embeddable[] = REGISTRY;

export function embeddable(id: string): Embeddable {
  const found = EMBEDDABLES.find((e) => e.chart.id === id);
  if (!found)
    throw new Error(`no embeddable chart "${id}"; known: ${EMBEDDABLES.map((e) => e.chart.id).join(', ')}`);
  return found;
}
