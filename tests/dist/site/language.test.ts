/**
 * Each page in its language: a Kazakh or Russian page carries almost no Latin-script prose. Words
 * are counted in the visible text, leaving out what is Latin by nature: code, cited titles (a
 * source keeps its own language inside <cite>), the link to the English edition, URLs and domains,
 * file names, and the proper names of products and organisations (tests/helpers/latin-words.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { getModel } from '../../../src/model/load-model.ts';
import { DIST, distPages } from '../../helpers/dist.ts';
import { latinWords } from '../../helpers/latin-words.ts';

/** Fewer than this many Latin-script words per page, as the editorial issue asks. */
const LIMIT = 10;

// A 404 page leads in its language and offers the other two (GitHub Pages serves the root one for
// every language), so it is not a Kazakh or Russian page with English in it.
const pages = distPages().filter((p) => !p.startsWith('en/') && !p.endsWith('404.html'));

/**
 * Publishers are organisations' proper names, written as they write them ("The Astana Times"); they
 * come from data/, so a maintainer's new source needs no edit here.
 */
const PUBLISHER_WORDS: ReadonlySet<string> = new Set(
  getModel().sources.flatMap((s) => (s.publisher ? latinWords(s.publisher) : [])),
);

/**
 * Everything Latin by nature: code, cited titles, a source's own words quoted in its language
 * (q[lang], blockquote[lang]), the language switcher's "English".
 */
const SKIP =
  'head, script, style, code, pre, kbd, samp, textarea, cite, q[lang], blockquote[lang], a[hreflang][lang]';

interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

/** Text nodes joined by spaces, so that separate labels ("Taraz", "Шу") never run together. */
function texts(node: TextNode): string[] {
  if (node.nodeType === 3) return [node.textContent ?? ''];
  return Array.from(node.childNodes).flatMap(texts);
}

/**
 * Visible text of a page, without the parts that are Latin by nature. Text marked lang="en" still
 * counts: marking English prose as English does not make a Kazakh page Kazakh. An SVG's <text>,
 * <title> and <desc> count too: they are shown or read aloud.
 */
function visibleText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(SKIP)) el.remove();
  return document.body ? texts(document.body as unknown as TextNode).join(' ') : '';
}

describe.each(pages)('%s', (page) => {
  test(`has fewer than ${LIMIT} Latin-script words outside code, citations, names and URLs`, () => {
    const words = latinWords(visibleText(readFileSync(join(DIST, page), 'utf8'))).filter(
      (w) => !PUBLISHER_WORDS.has(w),
    );
    expect(words.length, `Latin-script words on ${page}: ${words.join(', ')}`).toBeLessThan(LIMIT);
  });
});

describe('the word counter', () => {
  test('counts English prose and skips names, URLs, file names and mixed tokens', () => {
    expect(
      latinWords(
        'Координаталары: OpenStreetMap node 42 (HOT export), ODbL; https://example.org/a b.csv c.xlsx jambyltv.kz 4G 2G/3G',
      ),
    ).toEqual(['node', 'export']);
  });
});
