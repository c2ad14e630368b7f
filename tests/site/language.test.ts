/**
 * Each page in its language: a Kazakh or Russian page carries almost no Latin-script prose. Words
 * are counted in the visible text, leaving out what is Latin by nature: code, cited titles (a
 * source keeps its own language inside <cite>), spans marked lang="en", URLs and domains, file
 * names, and the proper names of products and organisations below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST, distPages } from '../helpers/dist.ts';
import { latinWords } from '../helpers/latin-words.ts';

/** Fewer than this many Latin-script words per page, as the editorial issue asks. */
const LIMIT = 10;

const pages = distPages().filter((p) => !p.startsWith('en/'));

/** Visible text of a page, without the parts that are Latin by nature. */
function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const skip = 'head, script, style, noscript, code, pre, kbd, samp, textarea, cite, [lang^="en"]';
  for (const el of document.querySelectorAll(skip)) el.remove();
  // An SVG's shapes carry no text; its <text>, <title> and <desc> are read (they are visible or spoken).
  return document.body?.textContent ?? '';
}

describe.each(pages)('%s', (page) => {
  test(`has fewer than ${LIMIT} Latin-script words outside code, citations, names and URLs`, () => {
    const words = latinWords(visibleText(readFileSync(join(DIST, page), 'utf8')));
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
