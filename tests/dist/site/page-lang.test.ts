/**
 * Every page declares the language it is written in, embeds included: screen readers choose their
 * voice by it, and search engines their index. The language follows from the address: `ru/` and `en/`
 * prefixed, Kazakh at the root.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { LANGS } from '../../../src/i18n/locales.ts';
import { distPages, readDist } from '../../helpers/dist.ts';

const langOfPath = (page: string) => {
  const first = page.split('/')[0] ?? '';
  return (LANGS as readonly string[]).includes(first) ? first : 'kk';
};
const pages = distPages();

test('pages in every language and embeds are built', () => {
  for (const lang of ['ru', 'en'])
    expect(pages.filter((p) => p.startsWith(`${lang}/embed/`)).length).toBeGreaterThan(0);
  expect(pages.filter((p) => p.startsWith('embed/')).length).toBeGreaterThan(0);
});

test.each(pages)('%s declares its language in <html lang>', (page) => {
  const { document } = parseHTML(readDist(page));
  expect(document.documentElement.getAttribute('lang')).toBe(langOfPath(page));
});
