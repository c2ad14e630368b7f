/**
 * How a village's status looks, shared by the static SVG map, the legend and the Leaflet map so the
 * three never disagree. Status is told by fill as well as colour (solid or hollow), so it survives
 * colour blindness and greyscale printing; both colours keep 3:1 contrast on the light map.
 */
import type { VillageStatus } from '../model/types.ts';

export interface MarkerStyle {
  readonly stroke: string;
  readonly fill: string;
  readonly radius: number;
}

export const STATUS_STYLE: Readonly<Record<VillageStatus, MarkerStyle>> = {
  'no-mobile-internet': { stroke: '#7a1712', fill: '#c0392b', radius: 6 },
  'awaiting-connection': { stroke: '#174f8c', fill: '#ffffff', radius: 6 },
};

export const STATUS_ORDER: readonly VillageStatus[] = ['no-mobile-internet', 'awaiting-connection'];
