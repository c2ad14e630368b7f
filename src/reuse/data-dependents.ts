/**
 * What on the site shows which data table: the pages, the charts on them and their embeds. The data
 * diff (`npm run data-diff`, the data page's changelog, the feeds) uses this to say which pages,
 * charts and embeds a data change reaches. A table is named by its file in `data/` without `.csv`;
 * GeoJSON files are `geo/<name>`. A new chart or table must be listed here (a test checks it).
 */
import type { Dependent } from '../model/data-diff.ts';
import { EMBEDDABLES } from './embeddables.ts';

/** Every page names its region and cites sources, so these two reach everything. */
const EVERYWHERE = ['regions', 'sources'] as const;

/**
 * The tables each embeddable chart draws, by chart id. The first is the one that holds its figures:
 * its "propose a correction" link opens that file.
 */
export const CHART_TABLES: Readonly<Record<string, readonly string[]>> = {
  departments: ['digitization', 'departments'],
  'connectivity-timeline': ['indicator-values', 'indicators'],
  'digital-literacy': ['indicator-values', 'indicators'],
  'public-services-online': ['indicator-values', 'indicators'],
  'villages-map': ['village-statuses', 'villages', 'districts', 'geo/regions', 'geo/places'],
};

/** The tables each page shows outside its charts, by page path (without language prefix). */
export const PAGE_TABLES: Readonly<Record<string, readonly string[]>> = {
  '': [
    'indicators',
    'indicator-values',
    'services',
    'villages',
    'village-statuses',
    'districts',
    'departments',
    'digitization',
  ],
  'villages/': ['villages', 'village-statuses', 'districts', 'geo/regions', 'geo/places'],
  'methodology/': ['indicators', 'indicator-values', 'villages', 'village-statuses', 'source-quotes'],
  // The data page publishes every file for download.
  'data/': ['*'],
};

function chartTables(id: string): readonly string[] {
  const tables = CHART_TABLES[id];
  if (!tables) throw new Error(`chart "${id}" is missing from CHART_TABLES in src/reuse/data-dependents.ts`);
  return [...EVERYWHERE, ...tables];
}

/** Pages first, then each chart as drawn on its page, then each embed; in site order. */
export function dataDependents(): Dependent[] {
  const pages = Object.entries(PAGE_TABLES).map(([id, tables]) => ({
    kind: 'page' as const,
    id,
    tables: [
      ...EVERYWHERE,
      ...tables,
      ...EMBEDDABLES.filter((e) => e.page === id).flatMap((e) => chartTables(e.chart.id)),
    ],
  }));
  const charts = EMBEDDABLES.map((e) => ({
    kind: 'chart' as const,
    id: e.chart.id,
    tables: chartTables(e.chart.id),
  }));
  const embeds = charts.map((c) => ({ ...c, kind: 'embed' as const }));
  return [...pages, ...charts, ...embeds];
}

/** Where a dependent lives on the site, without language prefix: `villages/`, `embed/departments/`. */
export function dependentPath(d: Dependent): string {
  if (d.kind === 'page') return d.id;
  if (d.kind === 'embed') return `embed/${d.id}/`;
  return EMBEDDABLES.find((e) => e.chart.id === d.id)?.page ?? '';
}
