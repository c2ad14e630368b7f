import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { LANGS, localePath } from '../../../src/i18n/locales.ts';
import { frontFindings } from '../../../src/model/front-findings.ts';
import { getModel } from '../../../src/model/load-model.ts';
import { siteRegion } from '../../../src/model/queries.ts';
import type { Lang } from '../../../src/model/types.ts';
import { pngSize } from '../../../src/reuse/png.ts';
import { SHARE_CARD, shareCardPath, shareCardText } from '../../../src/reuse/share-card.ts';
import { DIST, readDist } from '../../helpers/dist.ts';

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
/** The first screen: the copy's first text block, from the headline to the first chart. */
const front = (html: string) => parseHTML(html).document.querySelector('article .l-text')?.innerHTML ?? '';

describe.each(LANGS)('the story’s first screen and share card in %s', (lang) => {
  const html = page(lang);
  const first = front(html);

  test('the headline is the h1, og:title and twitter:title', () => {
    const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(first)?.[1] ?? '');
    expect(h1.length).toBeGreaterThan(0);
    expect(meta(html, 'og:title')).toBe(h1);
    expect(meta(html, 'twitter:title')).toBe(h1);
  });

  test('the description is og:description and twitter:description', () => {
    const description = meta(html, 'description') ?? '';
    expect(description.length).toBeGreaterThan(0);
    expect(meta(html, 'og:description')).toBe(description);
    expect(meta(html, 'twitter:description')).toBe(description);
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

  test('the sequence gives the first and the latest count, each linked to its own source', () => {
    const f = frontFindings(model, region);
    const sequence = /<div class="sequence">([\s\S]*?)<\/div>/.exec(first)?.[1] ?? '';
    const linked = [...sequence.matchAll(/data-source="([^"]+)"/g)].map((m) => m[1]);
    expect(linked).toEqual([f.first?.value.sourceId, f.latest?.value.sourceId]);
  });
});

describe.each(['kk', 'ru'] as const)('the first screen in %s', (lang) => {
  test('has no Latin letters', () => {
    expect(textOf(front(page(lang)))).not.toMatch(/[A-Za-z]/);
  });
});
