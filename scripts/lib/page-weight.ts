/**
 * What a page costs a reader: the HTML plus every file it loads without interaction (stylesheets,
 * scripts and their static imports, images, and what stylesheets point to with url(), web fonts
 * included), raw and compressed. Dynamic imports are left out: they load only on request (e.g. the
 * interactive map). A font is counted whenever a stylesheet names it, as if the page used it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type AssetKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

interface Asset {
  readonly path: string;
  readonly kind: AssetKind;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface PageWeight {
  readonly page: string;
  readonly assets: readonly Asset[];
  readonly total: { raw: number; gzip: number; brotli: number };
  readonly byKind: Readonly<Record<AssetKind, { raw: number; gzip: number; brotli: number }>>;
}

const kindOf = (path: string): AssetKind =>
  /\.html?$/.test(path)
    ? 'html'
    : /\.css$/.test(path)
      ? 'css'
      : /\.m?js$/.test(path)
        ? 'js'
        : /\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)
          ? 'image'
          : /\.(woff2?|ttf|otf)$/.test(path)
            ? 'font'
            : 'other';

function sizes(bytes: Buffer) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function resolveUrl(from: string, ref: string, base: string): string | null {
  if (/^(https?:|data:|blob:|mailto:|#)/.test(ref) || ref.startsWith('//')) return null;
  const clean = ref.split('#')[0]?.split('?')[0] ?? '';
  if (!clean) return null;
  const stripped = clean.startsWith(base) ? `/${clean.slice(base.length)}` : clean;
  return clean.startsWith('/')
    ? posix.normalize(stripped)
    : posix.normalize(posix.join(posix.dirname(from), clean));
}

function fileFor(dist: string, urlPath: string): string | null {
  let file = join(dist, urlPath);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

function loadedBy(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/g)) refs.push(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*>/g)) {
    const tag = m[0];
    if (/rel=["']?(stylesheet|modulepreload|preload)/.test(tag))
      refs.push(/href=["']([^"']+)/.exec(tag)?.[1] ?? '');
  }
  for (const m of html.matchAll(/<img[^>]*\ssrc=["']([^"']+)["']/g)) refs.push(m[1] ?? '');
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) refs.push(...cssUrls(m[1] ?? ''));
  return refs;
}

/** Files a stylesheet points to: fonts in @font-face, background images, @import. */
function cssUrls(css: string): string[] {
  const refs: string[] = [];
  for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) refs.push(m[2] ?? '');
  for (const m of css.matchAll(/@import\s+["']([^"']+)["']/g)) refs.push(m[1] ?? '');
  return refs;
}

function staticImports(js: string): string[] {
  const refs: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
    refs.push(m[1] ?? '');
  for (const m of js.matchAll(/\bimport["']([^"']+)["']/g)) refs.push(m[1] ?? '');
  return refs;
}

/** `page` is a site path such as `/ru/villages/`; `base` the site's base path. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const seen = new Set<string>();
  const assets: Asset[] = [];
  const visit = (urlPath: string) => {
    if (seen.has(urlPath)) return;
    seen.add(urlPath);
    const file = fileFor(dist, urlPath);
    if (!file) return;
    const bytes = readFileSync(file);
    const kind = kindOf(file);
    assets.push({ path: urlPath, kind, ...sizes(bytes) });
    const text = kind === 'html' || kind === 'js' || kind === 'css' ? bytes.toString('utf8') : '';
    const refs =
      kind === 'html'
        ? loadedBy(text)
        : kind === 'js'
          ? staticImports(text)
          : kind === 'css'
            ? cssUrls(text)
            : [];
    const from = kind === 'html' && !urlPath.endsWith('.html') ? posix.join(urlPath, 'index.html') : urlPath;
    for (const ref of refs) {
      const next = resolveUrl(from, ref, base);
      if (next) visit(next);
    }
  };
  visit(page);
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const byKind = { html: zero(), css: zero(), js: zero(), image: zero(), font: zero(), other: zero() };
  const total = zero();
  for (const a of assets) {
    for (const bucket of [byKind[a.kind], total]) {
      bucket.raw += a.raw;
      bucket.gzip += a.gzip;
      bucket.brotli += a.brotli;
    }
  }
  return { page, assets, total, byKind };
}
