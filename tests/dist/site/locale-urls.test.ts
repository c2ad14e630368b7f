/**
 * Two ways build a page's address in another language: Astro's i18n routing (astro:i18n, in the
 * layout's alternates and language switcher) and localePath (pure modules, embeds, feeds). Every
 * built page shows both agree, so the routing configuration and the helper cannot drift apart.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, LANGS, localePath } from '../../../src/i18n/locales.ts';
import { distPages, readDist } from '../../helpers/dist.ts';

/** `ru/villages/index.html` → language ru, path `villages/`. */
function route(file: string): { lang: string; path: string } {
  const dir = file.replace(/index\.html$/, '');
  const [first = '', ...rest] = dir.split('/');
  return (LANGS as readonly string[]).includes(first) && first !== DEFAULT_LANG
    ? { lang: first, path: rest.join('/') }
    : { lang: DEFAULT_LANG, path: dir };
}

const pages = distPages().filter((p) => p.endsWith('index.html') && !p.includes('embed/'));

describe('language switcher and alternates', () => {
  test('covers the pages of every language', () => {
    expect(pages.length).toBeGreaterThanOrEqual(LANGS.length * 4);
  });

  test.each(pages)('%s links each language where localePath puts it', (file) => {
    const { document } = parseHTML(readDist(file));
    const { path } = route(file);
    for (const lang of LANGS) {
      const expected = localePath(lang, path);
      expect(
        document
          .querySelector(`nav a[hreflang="${lang}"], a[hreflang="${lang}"][lang]`)
          ?.getAttribute('href'),
      ).toBe(expected);
      const alternate = document
        .querySelector(`link[rel="alternate"][hreflang="${lang}"]`)
        ?.getAttribute('href');
      expect(alternate && new URL(alternate).pathname).toBe(expected);
    }
  });
});
