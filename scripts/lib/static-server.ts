/**
 * A tiny static file server for dist/, used by the browser tests and the benchmark. It serves only
 * loopback, only files under the root, with the content types a static host would send.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
  let file = join(root, path);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Text types a static host compresses on the way out; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml)|image\/svg)/;

export interface ServeOptions {
  /**
   * Send text brotli- or gzip-compressed when the browser asks, as GitHub Pages and other hosts do,
   * so a page-load benchmark (Lighthouse) sees the bytes a reader would. Off for tests.
   * The files are compressed once, before the server listens, as a host compresses at deploy or
   * caches what it compressed: compressing the story page with brotli on every request took
   * 400 to 570 ms before its first byte, a wait no reader of a static host has, and Lighthouse
   * adds a page's observed server time to the load it simulates.
   */
  readonly compress?: boolean;
}

type Encoding = 'br' | 'gzip';
const compressors: Readonly<Record<Encoding, (data: Buffer) => Promise<Buffer>>> = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every compressible file under `root`, compressed both ways, by absolute path and encoding. */
async function precompress(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const files = filesUnder(root).filter((file) => COMPRESSIBLE.test(TYPES[extname(file)] ?? ''));
  await Promise.all(
    files.flatMap((file) => {
      const data = readFileSync(file);
      return (Object.keys(compressors) as Encoding[]).map(async (encoding) => {
        out.set(`${encoding} ${file}`, await compressors[encoding](data));
      });
    }),
  );
  return out;
}

export async function serveStatic(
  rootDir: string,
  port = 0,
  extraRoots: Readonly<Record<string, string>> = {},
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = resolve(rootDir);
  const compressed = options.compress ? await precompress(root) : new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    // Extra roots let a test page (e.g. a host page for embeds) be served beside the site.
    const mount = Object.keys(extraRoots).find((prefix) => url.startsWith(prefix));
    const file = mount
      ? resolveFile(resolve(extraRoots[mount] ?? root), url.slice(mount.length - 1))
      : resolveFile(root, url);
    if (!file) {
      const notFound = resolveFile(root, '/404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding: Encoding | null =
      !options.compress || !COMPRESSIBLE.test(type)
        ? null
        : /\bbr\b/.test(accepts)
          ? 'br'
          : /\bgzip\b/.test(accepts)
            ? 'gzip'
            : null;
    const body = encoding ? compressed.get(`${encoding} ${file}`) : undefined;
    if (!encoding || !body) {
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
    res.end(body);
  });
  return new Promise((ok) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      ok({
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
