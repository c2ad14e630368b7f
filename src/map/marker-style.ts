/**
 * How a village's status looks, shared by the static SVG map, the legend, the list, the embed and the
 * Leaflet map so they never disagree. Status is told by shape and fill as well as colour: gaps are
 * circles (solid dark red, solid red, light orange where residents asked for faster internet, or hollow
 * blue while waiting), connections are diamonds (green for households on fibre, mid green for state
 * offices only, hollow for 4G, near-black for mobile service of unstated generation). Shape separates
 * progress from gaps for every reader; within one shape the fills differ in lightness, which survives
 * colour blindness and greyscale printing. tests/map/marker-style.test.ts checks both, and that every
 * stroke keeps 3:1 contrast on the map's light fills.
 */

import { VILLAGE_STATUSES } from '../data/schema.ts';
import type { VillageStatus } from '../model/types.ts';

type MarkerShape = 'circle' | 'diamond';

export interface MarkerStyle {
  readonly shape: MarkerShape;
  readonly stroke: string;
  readonly fill: string;
  /** Half the marker's width, in pixels. */
  readonly radius: number;
}

/** A diamond's corners are farther out than a circle's edge: this keeps both about the same area. */
const DIAMOND = 7.5;

export const STATUS_STYLE: Readonly<Record<VillageStatus, MarkerStyle>> = {
  'no-internet': { shape: 'circle', stroke: '#3d0a08', fill: '#6e1510', radius: 6 },
  'no-mobile-internet': { shape: 'circle', stroke: '#7a1712', fill: '#d0463a', radius: 6 },
  'slow-internet': { shape: 'circle', stroke: '#8a3b00', fill: '#f0a070', radius: 6 },
  'awaiting-connection': { shape: 'circle', stroke: '#174f8c', fill: '#ffffff', radius: 6 },
  'offices-connected-fibre': { shape: 'diamond', stroke: '#1d6b3a', fill: '#7fbf93', radius: DIAMOND },
  'connected-fibre': { shape: 'diamond', stroke: '#0b3d20', fill: '#1d7a42', radius: DIAMOND },
  'connected-mobile-4g': { shape: 'diamond', stroke: '#1d6b3a', fill: '#ffffff', radius: DIAMOND },
  'connected-mobile': { shape: 'diamond', stroke: '#021a0b', fill: '#0b3d20', radius: DIAMOND },
};

/**
 * The outline of a marker whose latest report states no date: dashed, on top of its status's shape
 * and fill, so the date's absence shows without taking a colour or a shape from the statuses.
 */
export const UNDATED_DASH = '2.5 2';

/** Legend order: gaps first, then progress, as the statuses run in the contract. */
export const STATUS_ORDER: readonly VillageStatus[] = VILLAGE_STATUSES;

/** The map's light fills a marker can sit on: region, neighbours, and the backdrop beyond them. */
export const MAP_BACKGROUNDS = { region: '#fbfaf6', neighbour: '#e7e5df', backdrop: '#dfe4e8' } as const;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a marker centred on (x, y): one element for every shape, so styling stays one rule. */
export function markerPath(style: MarkerStyle, x: number, y: number): string {
  const r = style.radius;
  if (style.shape === 'diamond') {
    return `M${r1(x)} ${r1(y - r)}L${r1(x + r)} ${r1(y)}L${r1(x)} ${r1(y + r)}L${r1(x - r)} ${r1(y)}Z`;
  }
  return `M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}
