/**
 * Link checker over the built site: every internal link, anchor and download resolves.
 * Links to other sites are allowed only as plain links (sources, licences), never as loaded resources.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, distPages } from '../../helpers/dist.ts';

const pages = distPages();
const ATTR = /\s(href|src|srcset|data-src|content)=["']([^"']+)["']/g;

function fileFor(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('#')[0]?.split('?')[0] ?? '');
  let file = join(DIST, clean);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

function idsOf(file: string): Set<string> {
  const html = readFileSync(file, 'utf8');
  return new Set([...html.matchAll(/\sid=["']([^"']+)["']/g)].map((m) => m[1] ?? ''));
}

describe.each(pages)('links in %s', (page) => {
  const html = readFileSync(join(DIST, page), 'utf8');
  const pageUrl = new URL(`http://site.invalid/${page}`);
  const links = [...html.matchAll(ATTR)]
    .filter(([, attr, value]) => attr !== 'content' || /^(\/|\.)/.test(value ?? ''))
    .map(([, attr, value]) => ({ attr: attr ?? '', value: (value ?? '').replaceAll('&amp;', '&') }));

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const { value } of links) {
      if (/^(mailto:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      const file = url.pathname === pageUrl.pathname ? join(DIST, page) : fileFor(url.pathname);
      if (!file) {
        broken.push(value);
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(anchor)))
        broken.push(value);
    }
    expect(broken).toEqual([]);
  });

  test('nothing is loaded from another origin', () => {
    const loaded = links.filter(({ attr }) => attr === 'src' || attr === 'srcset' || attr === 'data-src');
    const stylesheets = [
      ...html.matchAll(/<link[^>]+rel=["']?(stylesheet|preload|modulepreload|icon)[^>]*>/g),
    ].map((m) => m[0]);
    const foreign = [
      ...loaded.map((l) => l.value),
      ...stylesheets.map((s) => /href=["']([^"']+)/.exec(s)?.[1] ?? ''),
    ].filter((v) => /^(https?:)?\/\//.test(v));
    expect(foreign).toEqual([]);
  });

  test('no javascript: URL anywhere', () => {
    expect(links.filter((l) => /^\s*javascript:/i.test(l.value))).toEqual([]);
  });
});
