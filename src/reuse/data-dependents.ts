/**
 * What on the site shows which data table: the pages, the charts on them and their embeds. The data
 * diff (`npm run data-diff`, the data page's changelog, the feeds) uses this to say which pages,
 * charts and embeds a data change reaches. A table is named by its file in `data/` without `.csv`;
 * GeoJSON files are `geo/<name>`. A chart's tables come from its definition; a page's are listed here.
 */

import { REGISTRY as EMBEDDABLES, registeredChart } from '../charts/registry.ts';
import type { Dependent } from '../model/data-diff.ts';

/** Every page names its region and cites sources, so these two reach everything. */
const EVERYWHERE = ['regions', 'sources'] as const;

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

/** The tables a chart draws, as its definition declares them (`tables`), and those every page shows. */
function chartTables(id: string): readonly string[] {
  return [...EVERYWHERE, ...registeredChart(id).chart.tables];
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
