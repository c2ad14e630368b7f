/**
 * Content-Security-Policy and friends for a static site. After the build, every HTML page gets a
 * `<meta>` CSP whose script-src lists the hashes of exactly the inline scripts it carries (never
 * 'unsafe-inline' for scripts), and `dist/_headers` repeats the policy as real headers for hosts that
 * read that file, adding what only a header can say: who may frame the page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Pages under this prefix may be framed by any site: they are made to be embedded. */
const EMBED_PREFIX = '/embed/';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_SCRIPT_TYPE = /\btype=["']?(application\/(ld\+)?json|text\/plain)["']?/;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    // Data blocks are never executed, so CSP does not apply to them.
    if (DATA_SCRIPT_TYPE.test(attrs ?? '')) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

/** Origin of an optional raster tile layer (a build-time setting), which then may serve images. */
function tileOrigin(): string | null {
  const url = process.env.PUBLIC_TILE_URL;
  if (!url) return null;
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return null;
  }
}

export function policy(scriptHashes: readonly string[], options: { frameAncestors?: string } = {}): string {
  const tiles = tileOrigin();
  const directives = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length > 0 ? ` ${scriptHashes.join(' ')}` : ''}`,
    // Inline styles stay allowed: build-time SVG charts carry style attributes, and styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (options.frameAncestors) directives.push(`frame-ancestors ${options.frameAncestors}`);
  return directives.join('; ');
}

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

function urlPathOf(dist: string, file: string, base: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  const path =
    rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

/** Adds the meta CSP to each page and returns the `_headers` text for the whole site. */
export function secureDist(dist: string, base = '/'): string {
  const rules: string[] = [];
  for (const file of htmlFiles(dist).sort()) {
    let html = readFileSync(file, 'utf8');
    const hashes = inlineScriptHashes(html);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}"><meta name="referrer" content="strict-origin-when-cross-origin">`;
    // Right after the charset declaration, so the policy applies before anything else is parsed.
    html = /<head><meta charset="utf-8">/.test(html)
      ? html.replace('<head><meta charset="utf-8">', `<head><meta charset="utf-8">${meta}`)
      : html.replace('<head>', `<head>${meta}`);
    writeFileSync(file, html);
    const path = urlPathOf(dist, file, base);
    const embeddable =
      path.startsWith(`${base.replace(/\/$/, '')}${EMBED_PREFIX}`) || path.includes(EMBED_PREFIX);
    const frame = embeddable ? '*' : "'none'";
    const headers = {
      'Content-Security-Policy': policy(hashes, { frameAncestors: frame }),
      ...COMMON_HEADERS,
    };
    if (!embeddable) Object.assign(headers, { 'X-Frame-Options': 'DENY' });
    rules.push([path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  }
  const rest = [`${base}*`, ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return `# Security headers for static hosts that read _headers (generated at build time).\n${[...rules, rest].join('\n\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), secureDist(dist, base));
        logger.info('added Content-Security-Policy to every page and wrote _headers');
      },
    },
  };
}
