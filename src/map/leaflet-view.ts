/**
 * The interactive map, imported only when a reader asks for it: Leaflet and its stylesheet travel in
 * this chunk and nowhere else. Villages are drawn on one canvas (10,000 circles stay cheap to pan),
 * and the villages in view also get an invisible, focusable button each, so keyboard and screen
 * reader users reach them; past FOCUS_LIMIT in view they are pointed to zooming or the list instead.
 * The basemap is our own GeoJSON drawn as vectors: no tile, no request to another site, unless
 * PUBLIC_TILE_URL and PUBLIC_TILE_ATTRIBUTION were both set at build time.
 */
import * as L from 'leaflet';
// As text, not as a stylesheet import: Astro would inline an imported stylesheet into every page that
// uses this module, so readers who never open the map would download it anyway.
import leafletCss from 'leaflet/dist/leaflet.css?raw';
import { escapeHtml } from '../escape.ts';
import { fill, type MapLabels } from './labels.ts';
import { STATUS_STYLE, UNDATED_DASH } from './marker-style.ts';

export interface MapVillage {
  readonly id: string;
  readonly status: string;
  readonly lat: number;
  readonly lon: number;
  /** False when the latest report's source states no date: the marker's outline is dashed. */
  readonly dated: boolean;
  /** Accessible name of the marker: the village's name and its latest status, dated. */
  readonly label: string;
}

/** South, west, north, east. */
export type Box = readonly [number, number, number, number];

export interface MountOptions {
  readonly host: HTMLElement;
  readonly villages: readonly MapVillage[];
  readonly labels: MapLabels;
  readonly basemapUrl: string;
  readonly view: Box;
  readonly maxBounds: Box;
  /** The popup's content for a village, built from the page's own list. */
  readonly popupContent: (id: string) => HTMLElement;
  /** Announces a change the reader should know about (e.g. too many villages to tab through). */
  readonly notify: (text: string) => void;
}

export interface VillageLeafletMap {
  /** Shows only these villages (the filters); null shows all. Returns how many markers are drawn. */
  show(ids: ReadonlySet<string> | null): number;
  open(id: string): void;
  focus(): void;
}

/** More focusable markers than this in view would make Tab useless; the list serves better. */
const FOCUS_LIMIT = 300;
const FOCUS_PANE = 'villageFocus';

const toBounds = ([s, w, n, e]: Box) => L.latLngBounds([s, w], [n, e]);

interface Basemap {
  features: {
    properties: {
      kind: string;
      name_en?: string;
      name_kk?: string | null;
      name_ru?: string | null;
      label?: boolean;
    };
    geometry: unknown;
  }[];
}

/** The private parts of Leaflet's canvas renderer a custom marker shape draws with (Leaflet 1.9). */
interface CanvasInternals {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}

/**
 * A circle marker drawn as a diamond: Leaflet's canvas draws only circles, and connected villages
 * need a shape of their own. Position, hit testing and styling stay the circle marker's.
 */
class DiamondMarker extends L.CircleMarker {
  _updatePath(): void {
    const self = this as unknown as { _renderer: CanvasInternals; _point: L.Point; _radius: number };
    const renderer = self._renderer;
    if (!renderer._drawing || this.getRadius() <= 0) return;
    const { x, y } = self._point;
    const r = self._radius;
    const ctx = renderer._ctx;
    ctx.beginPath();
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
    renderer._fillStroke(ctx, this);
  }
}

/** The town's name in the page's language; kk and ru never fall back to the Latin name. */
function townLabel(p: Basemap['features'][number]['properties'], lang: MapLabels['lang']): string | null {
  if (lang === 'kk') return p.name_kk ?? null;
  if (lang === 'ru') return p.name_ru ?? null;
  return p.name_en ?? null;
}

/**
 * Leaflet stacks SVG above canvas within a pane, so the basemap gets a pane of its own under the
 * overlays; otherwise the filled outlines would hide the villages. Over optional tiles the areas are
 * left unfilled so the tiles show.
 */
function addBasemap(map: L.Map, data: Basemap, overTiles: boolean, lang: MapLabels['lang']): void {
  const pane = map.createPane('basemap');
  pane.style.zIndex = '300';
  const renderer = L.svg({ pane: 'basemap' });
  const fillOpacity = overTiles ? 0 : 1;
  const areas: L.PathOptions = { interactive: false, weight: 1, renderer, fillOpacity };
  L.geoJSON(data as unknown as GeoJSON.FeatureCollection, {
    interactive: false,
    style: (f) =>
      f?.properties.kind === 'region'
        ? { ...areas, color: '#3d3d3d', weight: 2, fillColor: '#fbfaf6' }
        : { ...areas, color: '#9a9a9a', fillColor: '#e7e5df' },
    pointToLayer: (_f, latlng) =>
      L.circleMarker(latlng, {
        renderer,
        interactive: false,
        radius: 3,
        color: '#3d3d3d',
        weight: 1,
        fillColor: '#ffffff',
        fillOpacity: 1,
      }),
    onEachFeature: (f, layer) => {
      const p = f.properties as Basemap['features'][number]['properties'];
      const name = townLabel(p, lang);
      if (p.kind !== 'town' || !p.label || !name) return;
      // Text through textContent: a name in the data can never become markup.
      const label = document.createElement('span');
      label.lang = lang;
      label.textContent = name;
      layer.bindTooltip(label, {
        permanent: true,
        direction: 'right',
        className: 'town-label',
        offset: [4, 0],
      });
    },
  }).addTo(map);
}

function creditsHtml(labels: MapLabels): string {
  const c = labels.credits;
  const e = escapeHtml;
  return [
    `${e(c.boundaries)}: <a href="https://www.naturalearthdata.com/" lang="en">Natural Earth</a> (${e(c.publicDomain)})`,
    `${e(c.towns)}: <a href="https://www.geonames.org/" lang="en">GeoNames</a> (CC BY 4.0)`,
    `${e(c.villages)}: <a href="https://www.openstreetmap.org/copyright">${e(c.osm)}</a> (ODbL)`,
  ].join('; ');
}

function addOptionalTiles(map: L.Map): boolean {
  const url = import.meta.env.PUBLIC_TILE_URL;
  const attribution = import.meta.env.PUBLIC_TILE_ATTRIBUTION;
  if (!url || !attribution) return false;
  L.tileLayer(url, { attribution: escapeHtml(attribution), maxZoom: 16 }).addTo(map);
  return true;
}

function addLeafletStyles(): void {
  if (document.getElementById('leaflet-css')) return;
  const style = document.createElement('style');
  style.id = 'leaflet-css';
  style.textContent = leafletCss;
  // First in <head>, so the page's own map styles still win over Leaflet's defaults.
  document.head.prepend(style);
}

export async function mountLeafletMap(o: MountOptions): Promise<VillageLeafletMap> {
  addLeafletStyles();
  const response = await fetch(o.basemapUrl);
  if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
  const basemap = (await response.json()) as Basemap;

  const map = L.map(o.host, {
    zoomControl: false,
    attributionControl: false,
    maxBounds: toBounds(o.maxBounds),
    maxBoundsViscosity: 1,
    zoomSnap: 0.5,
  });
  const container = map.getContainer();
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', o.labels.interactive);
  // The keyboard help is in the page (hidden), read out when the map gets focus.
  if (document.getElementById('map-help')) container.setAttribute('aria-describedby', 'map-help');
  L.control.zoom({ zoomInTitle: o.labels.zoomIn, zoomOutTitle: o.labels.zoomOut }).addTo(map);
  L.control
    .attribution({ prefix: '<a href="https://leafletjs.com/" lang="en">Leaflet</a>' })
    .addAttribution(creditsHtml(o.labels))
    .addTo(map);
  const tiles = addOptionalTiles(map);
  map.setMaxZoom(tiles ? 16 : 12);
  addBasemap(map, basemap, tiles, o.labels.lang);
  map.fitBounds(toBounds(o.view));
  map.setMinZoom(Math.max(0, map.getZoom() - 1));

  const renderer = L.canvas({ padding: 0.5 });
  const byId = new Map(o.villages.map((v) => [v.id, v]));
  let visible: ReadonlySet<string> | null = null;
  const isVisible = (id: string) => visible === null || visible.has(id);

  /** The open popup's village, and what to give focus back to when it closes. */
  let current: string | null = null;
  let opener: HTMLElement | null = null;
  // One popup for all villages: Leaflet reuses its element, so its listeners are added once.
  const popup = L.popup({ maxWidth: 300, autoPanPadding: [24, 24] });
  const prepared = new WeakSet<HTMLElement>();

  function open(id: string, from: HTMLElement | null = null): void {
    const v = byId.get(id);
    if (!v) return;
    popup.setLatLng([v.lat, v.lon]).setContent(o.popupContent(id)).openOn(map);
    // After openOn, which closes the previous popup and hands focus back to its opener first.
    current = id;
    opener = from;
    popup.getElement()?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
  }

  map.on('popupopen', (e) => {
    const element = e.popup.getElement();
    if (!element || prepared.has(element)) return;
    prepared.add(element);
    const close = element.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', o.labels.close);
    close?.setAttribute('title', o.labels.close);
    element.addEventListener('keydown', (k) => {
      if (k.key !== 'Escape') return;
      k.stopPropagation();
      map.closePopup();
    });
  });
  map.on('popupclose', () => {
    const back = opener?.isConnected ? opener : map.getContainer();
    current = null;
    opener = null;
    back.focus({ preventScroll: true });
  });

  const dots = new Map<string, L.CircleMarker>();
  for (const v of o.villages) {
    const style = STATUS_STYLE[v.status as keyof typeof STATUS_STYLE];
    const Marker = style?.shape === 'diamond' ? DiamondMarker : L.CircleMarker;
    const dot = new Marker([v.lat, v.lon], {
      renderer,
      radius: style?.radius ?? 6,
      color: style?.stroke ?? '#000000',
      fillColor: style?.fill ?? '#ffffff',
      fillOpacity: 1,
      weight: 2,
      ...(v.dated ? {} : { dashArray: UNDATED_DASH }),
    });
    dot.on('click', () => open(v.id, map.getContainer()));
    dots.set(v.id, dot.addTo(map));
  }

  map.createPane(FOCUS_PANE);
  const proxies = new Map<string, L.Marker>();
  let crowded = false;

  function proxy(v: MapVillage): L.Marker {
    const marker = L.marker([v.lat, v.lon], {
      pane: FOCUS_PANE,
      keyboard: true,
      icon: L.divIcon({ className: `village-marker status-${v.status}`, iconSize: [24, 24], html: '' }),
    }).addTo(map);
    const element = marker.getElement() as HTMLElement;
    element.dataset.village = v.id;
    element.setAttribute('aria-label', v.label);
    element.addEventListener('click', (e) => {
      e.stopPropagation();
      open(v.id, element);
    });
    element.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      open(v.id, element);
    });
    return marker;
  }

  /** Focusable markers for the visible villages in view, in the list's order (the Tab order). */
  function updateFocusable(): void {
    const view = map.getBounds();
    const wanted = o.villages.filter((v) => isVisible(v.id) && view.contains([v.lat, v.lon]));
    const tooMany = wanted.length > FOCUS_LIMIT;
    if (tooMany !== crowded) {
      const count = new Intl.NumberFormat(o.labels.locale).format(wanted.length);
      o.notify(tooMany ? fill(o.labels.inView, { count }) : '');
    }
    crowded = tooMany;
    const keep = new Set(tooMany ? [] : wanted.map((v) => v.id));
    const focused = document.activeElement;
    for (const [id, marker] of proxies) {
      // The marker that has focus, or will get it back when the popup closes, stays.
      const element = marker.getElement();
      if (keep.has(id) || element === focused || element === opener) continue;
      marker.remove();
      proxies.delete(id);
    }
    if (tooMany) return;
    const pane = map.getPane(FOCUS_PANE) as HTMLElement;
    let previous: Element | null = null;
    for (const v of wanted) {
      const element = ((proxies.get(v.id) ?? proxies.set(v.id, proxy(v)).get(v.id)) as L.Marker).getElement();
      if (!element) continue;
      const expected: ChildNode | null = previous ? previous.nextSibling : pane.firstChild;
      // Moving the focused element would blur it, so the others move round it instead.
      if (expected !== element && element !== focused) pane.insertBefore(element, expected);
      previous = element;
    }
  }

  map.on('moveend', updateFocusable);
  updateFocusable();

  return {
    show(ids) {
      visible = ids;
      for (const [id, dot] of dots) {
        if (isVisible(id)) {
          if (!map.hasLayer(dot)) dot.addTo(map);
        } else dot.remove();
      }
      updateFocusable();
      if (current !== null && !isVisible(current)) map.closePopup();
      return [...dots.values()].filter((dot) => map.hasLayer(dot)).length;
    },
    open: (id) => open(id, map.getContainer()),
    focus: () => map.getContainer().focus(),
  };
}
