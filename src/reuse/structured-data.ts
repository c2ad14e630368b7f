/**
 * schema.org structured data (JSON-LD) for search engines and dataset indexes: the data page as a
 * Dataset with its downloads and licences, the story as an Article with its dates. Pure functions
 * of the model and the versions read from git; the pages put them in a `<script type=
 * "application/ld+json">`, which browsers never execute (so CSP does not hash it).
 */
import { datapackageDescriptor } from '../data/datapackage.ts';
import { dateSpan, type PartialDate } from '../data/partial-date.ts';
import { GEO_FILES, TABLES } from '../data/schema.ts';
import { boundsOf } from '../geo/geometry.ts';
import { localePath } from '../i18n/locales.ts';
import { siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
import { DESCRIPTOR } from './data-files.ts';
import { PACKAGE_DIR, rootPath, VILLAGES_CSV, VILLAGES_GEOJSON } from './urls.ts';

export type JsonLd = Record<string, unknown>;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  geojson: 'application/geo+json',
  json: 'application/json',
};

function isPartialDate(value: unknown): value is PartialDate {
  const v = value as PartialDate | null;
  return (
    typeof v === 'object' && v !== null && typeof v.text === 'string' && typeof v.start?.year === 'number'
  );
}

/** The span every dated figure of the model covers, as an ISO 8601 interval, or null without dates. */
function temporalCoverage(model: Model): string | null {
  let first: string | null = null;
  let last: string | null = null;
  // Every table's dates count, whatever its shape: a walk over the records instead of a field list.
  for (const records of Object.values(model) as unknown[])
    if (Array.isArray(records))
      for (const record of records)
        for (const value of Object.values(record as object))
          if (isPartialDate(value)) {
            const span = dateSpan(value);
            if (first === null || span.first < first) first = span.first;
            if (last === null || span.last > last) last = span.last;
          }
  return first && last ? `${first}/${last}` : null;
}

/** JSON for inside `<script>`: `<` escaped so no value can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface DatasetInput {
  readonly model: Model;
  readonly lang: Lang;
  readonly site: URL | undefined;
  readonly name: string;
  readonly description: string;
  readonly version: { readonly commit: string | null; readonly date: string | null };
}

export function datasetJsonLd({ model, lang, site, name, description, version }: DatasetInput): JsonLd {
  const abs = (path: string) => new URL(path, site ?? 'http://localhost:4321').href;
  const region = siteRegion(model);
  const descriptor = datapackageDescriptor();
  const files = [DESCRIPTOR, ...TABLES.map((t) => t.path), ...Object.values(GEO_FILES)];
  const distribution = [
    ...files.map((file) => ({
      '@type': 'DataDownload',
      name: file,
      contentUrl: abs(rootPath(`${PACKAGE_DIR}${file}`)),
      encodingFormat: MEDIA_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
    })),
    {
      '@type': 'DataDownload',
      name: VILLAGES_CSV,
      contentUrl: abs(rootPath(VILLAGES_CSV)),
      encodingFormat: 'text/csv',
    },
    {
      '@type': 'DataDownload',
      name: VILLAGES_GEOJSON,
      contentUrl: abs(rootPath(VILLAGES_GEOJSON)),
      encodingFormat: 'application/geo+json',
    },
  ];
  const coverage = temporalCoverage(model);
  const box = region.outline ? boundsOf([region.outline]) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: abs(localePath(lang, 'data/')),
    inLanguage: lang,
    isAccessibleForFree: true,
    license: ((descriptor.licenses ?? []) as readonly { path: string }[]).map((l) => l.path),
    ...(version.commit ? { version: version.commit } : {}),
    ...(version.date ? { dateModified: version.date } : {}),
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: {
      '@type': 'Place',
      name: region.names[lang],
      ...(box
        ? { geo: { '@type': 'GeoShape', box: `${box.south} ${box.west} ${box.north} ${box.east}` } }
        : {}),
    },
    distribution,
  };
}

export interface ArticleInput {
  readonly lang: Lang;
  readonly site: URL | undefined;
  readonly path: string;
  readonly headline: string;
  readonly description: string;
  readonly publisher: string;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
}

export function articleJsonLd(input: ArticleInput): JsonLd {
  const url = new URL(localePath(input.lang, input.path), input.site ?? 'http://localhost:4321').href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url,
    mainEntityOfPage: url,
    inLanguage: input.lang,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    author: { '@type': 'Organization', name: input.publisher },
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}
