/**
 * How a village's status looks, shared by the static SVG map, the legend and the Leaflet map so the
 * three never disagree. Status is told by fill as well as colour: gaps are warm (solid red, dark red,
 * or hollow blue while waiting), connections are green (solid for households on fibre, pale for
 * state offices only, hollow for 4G), so it survives colour blindness and greyscale printing. Every
 * stroke keeps 3:1 contrast on the light map.
 */
import type { VillageStatus } from '../model/types.ts';

export interface MarkerStyle {
  readonly stroke: string;
  readonly fill: string;
  readonly radius: number;
}

export const STATUS_STYLE: Readonly<Record<VillageStatus, MarkerStyle>> = {
  'no-internet': { stroke: '#4a0d0a', fill: '#7a1712', radius: 6 },
  'no-mobile-internet': { stroke: '#7a1712', fill: '#c0392b', radius: 6 },
  'awaiting-connection': { stroke: '#174f8c', fill: '#ffffff', radius: 6 },
  'offices-connected-fibre': { stroke: '#1d6b3a', fill: '#b9dfc5', radius: 6 },
  'connected-fibre': { stroke: '#0f4d2a', fill: '#1d7a42', radius: 6 },
  'connected-mobile-4g': { stroke: '#1d6b3a', fill: '#ffffff', radius: 6 },
};

/** Legend order: gaps first, then progress, as the statuses run in the contract. */
export const STATUS_ORDER: readonly VillageStatus[] = [
  'no-internet',
  'no-mobile-internet',
  'awaiting-connection',
  'offices-connected-fibre',
  'connected-fibre',
  'connected-mobile-4g',
];
