/**
 * `<village-map>`: the small script every reader of the villages page downloads. It wires the
 * filters (list, static map and interactive map together, kept in the query string) and loads the
 * Leaflet map only when asked: the button, or an address ending in `#map`, unless the browser asks to
 * save data. The page's list is the map's only data: positions, statuses and popups come from it.
 */

import {
  type FilterChoices,
  matchesFilter,
  NO_FILTER,
  readFilter,
  type VillageFilter,
  writeFilter,
} from './filters.ts';
import { fill, type MapLabels } from './labels.ts';
import type { Box, MapVillage, VillageLeafletMap } from './leaflet-view.ts';

interface Entry extends MapVillage {
  readonly district: string;
  readonly item: HTMLElement;
}

const MAP_HASH = '#map';

/** Data Saver (Chromium's Save-Data) or the reduced-data preference. */
function wantsLessData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true || matchMedia('(prefers-reduced-data: reduce)').matches;
}

export class VillageMapElement extends HTMLElement {
  #labels!: MapLabels;
  #entries: Entry[] = [];
  #filter: VillageFilter = NO_FILTER;
  #map: VillageLeafletMap | null = null;
  #loading: Promise<void> | null = null;

  connectedCallback(): void {
    this.#labels = JSON.parse(this.dataset.labels ?? '{}') as MapLabels;
    this.#entries = [...this.querySelectorAll<HTMLElement>('li[data-village]')].map((item) => {
      const name = item.querySelector('.village-name')?.textContent ?? '';
      const status = item.dataset.status ?? '';
      return {
        id: item.dataset.village ?? '',
        status,
        district: item.dataset.district ?? '',
        // A place no record locates has no data-lat: it is filtered in the list, never drawn.
        lat: item.dataset.lat === undefined ? Number.NaN : Number(item.dataset.lat),
        lon: item.dataset.lon === undefined ? Number.NaN : Number(item.dataset.lon),
        dated: item.dataset.dated !== 'false',
        // The date goes with the status: a report says what was true then, not now.
        label: `${name}, ${this.#labels.status[status] ?? status} (${item.dataset.date ?? ''})`,
        item,
      };
    });
    this.#setUpFilters();
    this.#setUpOpening();
  }

  #setUpFilters(): void {
    const form = this.querySelector('form.map-filters');
    if (!(form instanceof HTMLFormElement)) return;
    const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
    const choices: FilterChoices = {
      statuses: [...(select('status')?.options ?? [])].map((o) => o.value).filter(Boolean),
      districts: [...(select('district')?.options ?? [])].map((o) => o.value).filter(Boolean),
    };
    this.#filter = readFilter(location.search, choices);
    const status = select('status');
    const district = select('district');
    const date = select('date');
    if (status) status.value = this.#filter.status ?? '';
    if (district) district.value = this.#filter.district ?? '';
    if (date) date.value = this.#filter.date ?? '';
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => {
      this.#filter = {
        status: status?.value || null,
        district: district?.value || null,
        date: date?.value || null,
      };
      const search = writeFilter(location.search, this.#filter);
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      this.#applyFilter();
    });
    this.#applyFilter();
  }

  #applyFilter(): void {
    const shown = new Set<string>();
    const groups = new Map<string, boolean>();
    // Only what changes is touched: with thousands of villages, rewriting every entry costs seconds.
    for (const e of this.#entries) {
      const match = matchesFilter(e, this.#filter);
      if (e.item.hidden === match) e.item.hidden = !match;
      if (match) shown.add(e.id);
      groups.set(e.district, (groups.get(e.district) ?? false) || match);
    }
    for (const group of this.querySelectorAll<HTMLElement>('section.district')) {
      const hide = !groups.get(group.dataset.district ?? '');
      if (group.hidden !== hide) group.hidden = hide;
    }
    for (const dot of this.querySelectorAll<SVGElement>('svg.map-static [data-village]')) {
      const display = shown.has(dot.dataset.village ?? '') ? '' : 'none';
      if (dot.style.display !== display) dot.style.display = display;
    }
    const none = this.querySelector<HTMLElement>('.map-none');
    if (none) none.hidden = shown.size > 0;
    // The page comes with the unfiltered count: formatting a number loads the language's data, a long
    // task on a slow phone, so it waits until the count changes.
    const count = this.querySelector<HTMLElement>('.map-count');
    if (count && count.dataset.shown !== String(shown.size)) {
      const n = new Intl.NumberFormat(this.#labels.locale);
      count.textContent = fill(this.#labels.shown, {
        shown: n.format(shown.size),
        total: n.format(this.#entries.length),
      });
      count.dataset.shown = String(shown.size);
    }
    const all = shown.size === this.#entries.length;
    // The number of markers drawn, for tests and the benchmark (canvas markers are not in the DOM).
    if (this.#map) this.dataset.markers = String(this.#map.show(all ? null : shown));
  }

  #setUpOpening(): void {
    const button = this.querySelector<HTMLButtonElement>('button.map-open');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.open({ focus: true }));
    }
    addEventListener('hashchange', () => {
      if (location.hash === MAP_HASH) void this.open({ focus: false });
    });
    if (location.hash === MAP_HASH) {
      if (wantsLessData()) this.#say(this.#labels.saveData);
      else void this.open({ focus: false });
    }
  }

  #say(text: string): void {
    const status = this.querySelector('.map-status');
    if (status) status.textContent = text;
  }

  /** Loads and shows the interactive map; safe to call again while loading or once loaded. */
  open({ focus }: { focus: boolean }): Promise<void> {
    if (this.#map) {
      if (focus) this.#map.focus();
      return Promise.resolve();
    }
    this.#loading ??= this.#load(focus);
    return this.#loading;
  }

  async #load(focus: boolean): Promise<void> {
    const host = this.querySelector<HTMLElement>('.map-interactive');
    const svg = this.querySelector<SVGElement>('svg.map-static');
    const button = this.querySelector<HTMLButtonElement>('button.map-open');
    if (!host) return;
    performance.mark('village-map:open');
    this.#say(this.#labels.loading);
    this.setAttribute('aria-busy', 'true');
    try {
      const { mountLeafletMap } = await import('./leaflet-view.ts');
      host.hidden = false;
      if (svg) svg.style.display = 'none';
      this.#map = await mountLeafletMap({
        host,
        // Only places with coordinates are drawn; the others stay in the list.
        villages: this.#entries.filter((e) => Number.isFinite(e.lat) && Number.isFinite(e.lon)),
        labels: this.#labels,
        basemapUrl: this.dataset.basemap ?? '',
        view: JSON.parse(this.dataset.view ?? '[]') as Box,
        maxBounds: JSON.parse(this.dataset.maxBounds ?? '[]') as Box,
        popupContent: (id) => this.#popupContent(id),
        notify: (text) => this.#say(text),
      });
      this.#say('');
      if (button) button.hidden = true;
      this.#applyFilter();
      if (location.hash !== MAP_HASH)
        history.replaceState(history.state, '', `${location.pathname}${location.search}${MAP_HASH}`);
      if (focus) this.#map.focus();
      this.dataset.state = 'ready';
      performance.measure('village-map', 'village-map:open');
      this.dispatchEvent(new CustomEvent('village-map:ready', { bubbles: true }));
    } catch (error) {
      host.hidden = true;
      if (svg) svg.style.display = '';
      this.#loading = null;
      this.dataset.state = 'error';
      this.#say(this.#labels.loadError);
      console.warn('village map:', error);
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  /** The popup is a copy of the village's own list entry, plus its district: one source of truth. */
  #popupContent(id: string): HTMLElement {
    const entry = this.#entries.find((e) => e.id === id);
    const box = document.createElement('div');
    box.className = 'village-popup';
    box.tabIndex = -1;
    box.setAttribute('role', 'dialog');
    if (!entry) return box;
    box.setAttribute('aria-label', entry.item.querySelector('.village-name')?.textContent ?? id);
    const parts = [...entry.item.children].map((child) => child.cloneNode(true));
    const district = entry.item.closest('section.district')?.querySelector('.district-name');
    if (district) {
      const line = document.createElement('p');
      line.className = 'village-district';
      line.textContent = district.textContent;
      parts.splice(1, 0, line);
    }
    box.append(...parts);
    return box;
  }
}

if (!customElements.get('village-map')) customElements.define('village-map', VillageMapElement);
