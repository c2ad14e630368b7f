/**
 * What dist/ publishes is text for readers: no `{placeholder}` left unfilled by `t()`, CitedText or the
 * front page's fill, in any text or attribute a reader or a screen reader meets, on any page; and no
 * file that only the tests need.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST, distPages, readDist } from '../../helpers/dist.ts';

const PLACEHOLDER = /\{[A-Za-z_][\w.]*\}/;
/** Data for scripts, not text: JSON options and the map's labels, whose `{count}` the map fills itself. */
const forScripts = (attribute: string) => attribute.startsWith('data-');
const NOT_TEXT = new Set(['SCRIPT', 'STYLE']);

/** Each unfilled placeholder on a page, as `<tag> text: …` or `<tag attr>: …`. */
function unfilled(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (PLACEHOLDER.test(text) && !NOT_TEXT.has(node.parentNode?.nodeName ?? ''))
        found.push(`<${node.parentNode?.nodeName.toLowerCase()}> text: ${text.trim().slice(0, 120)}`);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    for (const { name, value } of Array.from(element.attributes))
      if (!forScripts(name) && PLACEHOLDER.test(value))
        found.push(`<${element.nodeName.toLowerCase()} ${name}>: ${value.slice(0, 120)}`);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(document.documentElement);
  return found;
}

describe('every built page is filled in', () => {
  const pages = distPages();

  test('the check finds a placeholder in text and in an attribute, not in scripts or their data', () => {
    const html =
      '<html><head><title>Цифрлық {region}</title><script>const a = "{region}";</script><style>a{color:red}</style></head>' +
      '<body><p>Of <b>{n}</b> services</p><img alt="{what}" data-labels=\'{"a":"{count}"}\'></body></html>';
    expect(unfilled(html)).toEqual(['<title> text: Цифрлық {region}', '<b> text: {n}', '<img alt>: {what}']);
  });

  test('the build has story, villages and embed pages in every language', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('ru/villages/index.html');
    expect(pages.filter((p) => p.includes('embed/')).length).toBeGreaterThan(3);
  });

  test.each(distPages())('%s has no unfilled {placeholder}', (page) => {
    expect(unfilled(readDist(page))).toEqual([]);
  });
});

test('dist/ publishes no build stamp: it is test machinery, kept in node_modules/.cache', () => {
  expect(existsSync(join(DIST, '.build-stamp'))).toBe(false);
});
