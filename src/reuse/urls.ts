/** Where each embed file lives, per language: all public URLs, so they never change once published. */
import { DEFAULT_LANG, localePath } from '../i18n/locales.ts';
import type { Lang } from '../model/types.ts';

export interface EmbedPaths {
  readonly page: string;
  readonly png: string;
  readonly svg: string;
  readonly csv: string;
  readonly xlsx: string;
  readonly oembed: string;
}

export function embedPaths(lang: Lang, id: string): EmbedPaths {
  const at = (file: string) => localePath(lang, `embed/${id}/${file}`);
  return {
    page: at(''),
    png: at('chart.png'),
    svg: at('chart.svg'),
    csv: at('data.csv'),
    xlsx: at('data.xlsx'),
    oembed: at('oembed.json'),
  };
}

/** Language-independent files at the site root, e.g. `embed.js`, `data/villages.csv`. */
export const rootPath = (file: string): string => localePath(DEFAULT_LANG, file);

export const HOST_SCRIPT = 'embed.js';
export const VILLAGES_CSV = 'data/villages.csv';
export const VILLAGES_GEOJSON = 'data/villages.geojson';
/** Per language, under the language's prefix: `localePath(lang, VILLAGES_XLSX)`. */
export const VILLAGES_XLSX = 'data/villages.xlsx';
export const PACKAGE_DIR = 'data/package/';

/**
 * Whether the site's address is a real one to print for readers: set through SITE_URL (the
 * deployment workflow sets it), not the local preview's default. Citations and image footers show
 * an address only then; a printed "localhost" would send readers nowhere.
 */
export function isPublicSite(site: URL | undefined): site is URL {
  return site !== undefined && !['localhost', '127.0.0.1', '[::1]'].includes(site.hostname);
}

/** Absolute URL for snippets and oEmbed, which are pasted into other sites. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
