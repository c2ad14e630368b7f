/**
 * What a public site is expected to have, read from dist/: sitemap with language alternates,
 * robots.txt, a trilingual 404, Atom feeds and JSON-LD. XML is checked with a real parser, and every
 * URL they publish must resolve to a built file.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/ui.ts';
import { inlineScriptHashes } from '../../../src/integrations/security-headers.ts';
import type { Lang } from '../../../src/model/types.ts';
import { dataHistory } from '../../../src/reuse/load-data-history.ts';
import { DIST, distPages, readDist } from '../../helpers/dist.ts';
import { historyTest } from '../../helpers/history.ts';

const ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const prefix = (lang: Lang) => (lang === 'kk' ? '' : `${lang}/`);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'xhtml:link', 'entry', 'sitemap', 'link'].includes(name),
});

/** The built file an absolute URL of the site points to, or null when it resolves to nothing. */
function fileOf(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== ORIGIN || !u.pathname.startsWith(BASE)) return null;
  let file = join(DIST, decodeURIComponent(u.pathname.slice(BASE.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

function xml(path: string) {
  const text = readDist(path);
  expect(XMLValidator.validate(text), path).toBe(true);
  return parser.parse(text);
}

function jsonLd(page: string): Record<string, unknown>[] {
  const { document } = parseHTML(readDist(page));
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
    JSON.parse(s.textContent ?? ''),
  );
}

describe('sitemap', () => {
  const index = xml('sitemap-index.xml');
  const maps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const urls = maps.flatMap((loc) => {
    const file = fileOf(loc);
    expect(file, loc).not.toBeNull();
    return xml(loc.slice(`${ORIGIN}${BASE}`.length)).urlset.url as {
      loc: string;
      'xhtml:link': { '@hreflang': string; '@href': string }[];
    }[];
  });

  test('lists every page of the site except embeds, the 404 pages and the noindex fact-check sheet', () => {
    const pages = distPages()
      .filter((p) => !p.includes('embed/') && !p.endsWith('404.html') && !p.includes('fact-check/'))
      .map((p) => `${ORIGIN}${BASE}${p.replace(/index\.html$/, '')}`);
    expect(urls.map((u) => u.loc).sort()).toEqual(pages.sort());
  });

  test('every URL resolves to a page, with the three languages as alternates', () => {
    for (const u of urls) {
      expect(fileOf(u.loc), u.loc).not.toBeNull();
      expect(u['xhtml:link'].map((l) => l['@hreflang']).sort()).toEqual([...LANGS].sort());
      for (const l of u['xhtml:link']) expect(fileOf(l['@href']), l['@href']).not.toBeNull();
    }
  });
});

test('robots.txt allows crawling and names the sitemap by its absolute URL', () => {
  const robots = readDist('robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(sitemap).toBe(`${ORIGIN}${BASE}sitemap-index.xml`);
  expect(fileOf(sitemap)).not.toBeNull();
});

test.each(LANGS)(
  'the %s 404 page leads in its language, offers the other two, and is not indexed',
  (lang) => {
    // The root 404.html is Kazakh: GitHub Pages serves it for every missing address, /ru/ and /en/ too.
    const file = `${prefix(lang)}404.html`;
    const { document } = parseHTML(readDist(file));
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const sections = [...document.querySelectorAll('section[lang]')];
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual([lang, ...LANGS.filter((l) => l !== lang)]);
    expect(sections[0]?.querySelector('h1')?.textContent).toBe(t(lang, 'notFound.title'));
    for (const l of LANGS) {
      const section = document.querySelector(`section[lang="${l}"]`);
      expect(section?.querySelector('h1, h2')?.textContent).toBe(t(l, 'notFound.title'));
      expect(section?.querySelector('a')?.getAttribute('href')).toBe(`${BASE}${prefix(l)}`);
    }
    expect(readDist(file).length).toBeLessThan(20_000);
  },
);

describe.each(LANGS)('the %s feed', (lang) => {
  const feed = xml(`${prefix(lang)}feed.xml`).feed;
  const entries: {
    id: string;
    title: string;
    updated: string;
    link: { '@href': string }[];
    content: { '#text': string; '@type': string };
  }[] = feed.entry ?? [];

  test('is Atom in its language with a self link, an author and RFC 3339 dates', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(lang);
    expect(feed.link.find((l: { '@rel': string }) => l['@rel'] === 'self')['@href']).toBe(
      `${ORIGIN}${BASE}${prefix(lang)}feed.xml`,
    );
    expect(feed.author.name).toBeTruthy();
    for (const date of [feed.updated, ...entries.map((e) => e.updated)])
      expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('every entry link resolves to a built page and its anchor', () => {
    for (const e of entries)
      for (const l of e.link) {
        const file = fileOf(l['@href']);
        expect(file, l['@href']).not.toBeNull();
        const anchor = new URL(l['@href']).hash.slice(1);
        if (anchor) expect(readDist(file?.slice(DIST.length + 1) ?? '')).toContain(`id="${anchor}"`);
      }
  });

  test('has the story, titled as the story page', () => {
    const { document } = parseHTML(readDist(`${prefix(lang)}index.html`));
    const h1 = document.querySelector('h1')?.textContent?.trim() ?? '';
    expect(entries.map((e) => e.title)).toContain(t(lang, 'feed.story', { title: h1 }));
  });

  historyTest('has one entry per data commit, in the page language, from the data-diff facts', () => {
    const history = dataHistory();
    const changes = entries.filter((e) => e.link[0]?.['@href'].includes('#change-'));
    expect(changes).toHaveLength(history.length);
    for (const [i, change] of history.entries()) {
      const entry = changes.find((e) => e.id.endsWith(`#change-${change.commit.slice(0, 7)}`));
      expect(entry, change.commit).toBeDefined();
      expect(entry?.content['@type']).toBe('html');
      const content = entry?.content['#text'] ?? '';
      for (const table of change.diff.tables) expect(content).toContain(table.table);
      // The facts are told in the feed's language, as on the data page.
      if (change.diff.affected.length > 0) expect(content).toContain(t(lang, 'changes.where'));
      else expect(content).toContain(t(lang, 'changes.none'));
      if (lang !== 'en') expect(content, `entry ${i}`).not.toMatch(/rows (added|changed|removed)/);
    }
  });

  test('every page in the language links to it', () => {
    for (const page of distPages().filter(
      (p) => p.startsWith(prefix(lang)) && !p.includes('embed/') && !p.endsWith('404.html'),
    )) {
      if (lang === 'kk' && /^(ru|en)\//.test(page)) continue;
      const { document } = parseHTML(readDist(page));
      const link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), page).toBe(`${BASE}${prefix(lang)}feed.xml`);
    }
  });
});

describe.each(LANGS)('JSON-LD in %s', (lang) => {
  test('the data page is a Dataset with its downloads, licences and coverage', () => {
    const dataset = jsonLd(`${prefix(lang)}data/index.html`)[0] ?? {};
    expect(dataset['@context']).toBe('https://schema.org');
    expect(dataset['@type']).toBe('Dataset');
    expect(dataset.name).toEqual(expect.any(String));
    expect(String(dataset.description).length).toBeGreaterThan(50);
    expect(dataset.inLanguage).toBe(lang);
    expect((dataset.license as string[]).length).toBeGreaterThan(0);
    for (const l of dataset.license as string[]) expect(l).toMatch(/^https:\/\//);
    expect(dataset.temporalCoverage).toMatch(/^\d{4}-\d\d-\d\d\/\d{4}-\d\d-\d\d$/);
    const place = dataset.spatialCoverage as { name: string; geo?: { box: string } };
    expect(place.name).toBeTruthy();
    expect(place.geo?.box.split(' ').map(Number).every(Number.isFinite)).toBe(true);
    const distribution = dataset.distribution as { contentUrl: string; encodingFormat: string }[];
    expect(distribution.map((d) => d.encodingFormat)).toEqual(
      expect.arrayContaining(['text/csv', 'application/geo+json', 'application/json']),
    );
    for (const d of distribution) expect(fileOf(d.contentUrl), d.contentUrl).not.toBeNull();
  });

  test('the story is an Article with its headline, language and dates', () => {
    const html = readDist(`${prefix(lang)}index.html`);
    const [article] = jsonLd(`${prefix(lang)}index.html`);
    const { document } = parseHTML(html);
    expect(article?.['@type']).toBe('Article');
    expect(article?.headline).toBe(document.querySelector('h1')?.textContent?.trim());
    expect(article?.inLanguage).toBe(lang);
    expect(fileOf(String(article?.url))).not.toBeNull();
  });

  historyTest('the Article carries its dates from git, published before modified', () => {
    const [article] = jsonLd(`${prefix(lang)}index.html`);
    expect(article?.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(article?.dateModified).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(String(article?.datePublished) <= String(article?.dateModified)).toBe(true);
  });

  test('JSON-LD is not counted as script: the CSP hashes only executable inline scripts', () => {
    for (const page of [`${prefix(lang)}data/index.html`, `${prefix(lang)}index.html`]) {
      const html = readDist(page);
      const { document } = parseHTML(html);
      const executable = [...document.querySelectorAll('script:not([src])')].filter(
        (s) => s.getAttribute('type') !== 'application/ld+json',
      ).length;
      const policy =
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(policy.match(/'sha256-/g)?.length ?? 0).toBe(new Set(inlineScriptHashes(html)).size);
      expect(inlineScriptHashes(html).length).toBeLessThanOrEqual(executable);
      expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<\/script(?!>)/);
    }
  });
});

describe.each(LANGS)('the %s data page changelog', (lang) => {
  historyTest('is built from the data-diff facts, in the page language', () => {
    const { document } = parseHTML(readDist(`${prefix(lang)}data/index.html`));
    const table = document.querySelector('table.data-changelog');
    expect(table?.querySelector('thead')?.textContent).toContain(t(lang, 'changes.what'));
    for (const change of dataHistory()) {
      const row = document.getElementById(`change-${change.commit.slice(0, 7)}`);
      expect(row, change.commit).not.toBeNull();
      const text = row?.textContent ?? '';
      for (const line of change.diff.tables) expect(text).toContain(line.table);
      if (lang !== 'en') expect(text).not.toMatch(/rows (added|changed|removed)|new file/);
    }
  });
});
