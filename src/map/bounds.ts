/** Bounding boxes for the interactive map: the initial view, how far a reader may pan, what to ship. */
import { type Bounds, boundsOf } from '../geo/geometry.ts';
import type { Region, Village } from '../model/types.ts';
import { isMapped } from '../model/village-status.ts';

/** Grows a box by a fraction of its own width and height on every side. */
export function padBounds(b: Bounds, fraction: number): Bounds {
  const dx = (b.east - b.west) * fraction;
  const dy = (b.north - b.south) * fraction;
  return {
    west: Math.max(-180, b.west - dx),
    south: Math.max(-90, b.south - dy),
    east: Math.min(180, b.east + dx),
    north: Math.min(90, b.north + dy),
  };
}

/** The region and every mapped village: a village is never left outside the first view. */
export function regionBounds(region: Region, villages: readonly Village[]): Bounds {
  const points = villages.filter(isMapped).map((v) => v.position);
  const b = boundsOf(region.outline ? [region.outline] : [], points);
  if (!Number.isFinite(b.west)) throw new Error(`region ${region.id} has no outline and no village`);
  return b;
}

/** Leaflet's `[[south, west], [north, east]]`. */
export function toLatLngBounds(b: Bounds): [[number, number], [number, number]] {
  return [
    [b.south, b.west],
    [b.north, b.east],
  ];
}
