import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGS, localePath } from '../../src/i18n/locales.ts';
import { frontFill, frontHeadline } from '../../src/i18n/strings/front.ts';
import { FRONT_SOURCES, findingList, frontFindings } from '../../src/model/front-findings.ts';
import { getModel } from '../../src/model/load-model.ts';
import { siteRegion, sourceOf } from '../../src/model/queries.ts';
import type { Lang } from '../../src/model/types.ts';
import { pngSize } from '../../src/reuse/png.ts';
import { SHARE_CARD, shareCardPath, shareCardText } from '../../src/reuse/share-card.ts';
import { DIST, readDist } from '../helpers/dist.ts';

// The built story page against the model it was built from; today's figures are never written here.
const model = getModel();
const region = siteRegion(model);
const page = (lang: Lang) => readDist(`${localePath(lang).slice(1)}index.html`);
const decode = (s: string) =>
  s
    .replace(/&(#39|apos);/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (html: string) =>
  decode(
    html
      .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
const meta = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1] ?? '') : null;
};
const front = (html: string) =>
  /<header class="story-front[^"]*"[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';

describe.each(LANGS)('the story’s first screen and share card in %s', (lang) => {
  const html = page(lang);
  const first = front(html);

  test('the headline is the h1, og:title and twitter:title', () => {
    const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(first)?.[1] ?? '');
    expect(h1).toBe(frontHeadline(lang, region));
    expect(meta(html, 'og:title')).toBe(h1);
    expect(meta(html, 'twitter:title')).toBe(h1);
  });

  test('the lede is og:description and twitter:description', () => {
    const lede = textOf(/<p class="standfirst[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(first)?.[1] ?? '');
    expect(lede).toBe(frontFill(lang, 'front.lede'));
    expect(meta(html, 'og:description')).toBe(lede);
    expect(meta(html, 'twitter:description')).toBe(lede);
  });

  test('og:image is this language’s 1200×630 card, under 150 KB, with its size and an alt text', () => {
    const url = meta(html, 'og:image') ?? '';
    expect(new URL(url).pathname).toBe(shareCardPath(lang));
    expect(meta(html, 'twitter:image')).toBe(url);
    expect(meta(html, 'og:image:width')).toBe(String(SHARE_CARD.width));
    expect(meta(html, 'og:image:height')).toBe(String(SHARE_CARD.height));
    expect(meta(html, 'og:image:alt')).toBe(shareCardText(model, lang).alt);
    const bytes = readFileSync(join(DIST, shareCardPath(lang)));
    expect(pngSize(bytes)).toEqual(SHARE_CARD);
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
  });

  test('states the findings in reading order, every figure linked to its source', () => {
    const kinds = [...first.matchAll(/data-finding="(\w+)"/g)].map((m) => m[1]);
    const findings = findingList(frontFindings(model, region));
    expect(kinds).toEqual(findings.map((f) => f.kind));
    const items = first.split('data-finding=').slice(1);
    for (const [i, f] of findings.entries()) {
      const ids = f.kind === 'unknown' ? [f.latest?.sourceId, f.first?.sourceId] : [f.value.sourceId];
      for (const id of ids.filter((x) => x !== undefined))
        expect(items[i], `${f.kind} cites ${id}`).toContain(`href="#source-${id}"`);
    }
  });

  test('the programme context and the advice cite their sources, which the source list carries', () => {
    for (const id of Object.values(FRONT_SOURCES)) {
      expect(first).toContain(`href="#source-${id}"`);
      expect(html).toContain(`id="source-${id}"`);
      const url = sourceOf(model, id).url;
      if (url) expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    }
  });
});

describe.each(['kk', 'ru'] as const)('the first screen in %s', (lang) => {
  test('has no Latin letters but the proper names and addresses it cites', () => {
    const visible = textOf(front(page(lang)))
      .replace(/\beOtinish\b/g, '')
      .replace(/\begov\.kz\b/g, '');
    expect(visible).not.toMatch(/[A-Za-z]/);
  });
});
