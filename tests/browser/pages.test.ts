/**
 * Every built page, in every language, in a real browser: found from dist/ rather than listed by hand,
 * so a new page is covered the day it is added.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  axeViolations,
  foreignRequests,
  openSite,
  recordedPage,
  type SiteSession,
} from '../helpers/browser.ts';
import { distPages } from '../helpers/dist.ts';

const pages = distPages()
  .filter((p) => !p.endsWith('404.html'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .sort();

function expectedLang(path: string): string {
  const first = path.split('/')[1] ?? '';
  if (first === 'ru' || first === 'en') return first;
  return 'kk';
}

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

test('the build has pages in all three languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/ru/');
  expect(pages).toContain('/en/');
});

// One visit per page does the load checks and axe; pages run a few at a time (maxConcurrency of the
// browser project), each in its own context. Reading without JavaScript is checked on the HTML itself
// (tests/dist/site/no-js.test.ts): with script off, the page is its HTML.
test.concurrent.for(pages)(
  '%s loads with status 200, the right lang, no console error, CSP violation or foreign request, and passes axe (WCAG 2.2 A and AA) with headings in order and named images',
  async (path, { expect }) => {
    const rec = await recordedPage(site);
    await rec.page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await rec.page.getAttribute('html', 'lang')).toBe(expectedLang(path));
    // Violations are reported as events; wait until the page has stopped loading anything at all.
    await rec.page.waitForLoadState('networkidle');
    expect(await rec.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
    expect(foreignRequests(rec.requests, site.origin)).toEqual([]);

    // axe runs in the page and the frames of its origin (tests/helpers/browser.ts): no other may hide.
    const origin = new URL(rec.page.url()).origin;
    expect(rec.page.frames().filter((f) => new URL(f.url()).origin !== origin)).toEqual([]);
    const violations = await axeViolations(rec.page);
    expect(violations).toEqual([]);

    const headings = await rec.page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
      hs.map((h) => Number(h.tagName[1])),
    );
    expect(headings.filter((h) => h === 1)).toHaveLength(1);
    expect(headings[0]).toBe(1);
    for (let i = 1; i < headings.length; i++)
      expect((headings[i] ?? 0) - (headings[i - 1] ?? 0)).toBeLessThanOrEqual(1);

    const unnamed = await rec.page.$$eval('img, svg[role="img"]', (els) =>
      els
        .filter((el) =>
          el.tagName === 'IMG'
            ? !el.hasAttribute('alt')
            : !(
                el.getAttribute('aria-label') ||
                el.getAttribute('aria-labelledby') ||
                el.querySelector(':scope > title')
              ),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Nothing the checks or axe did may have raised an error or reached out.
    expect(rec.consoleErrors).toEqual([]);
    expect(foreignRequests(rec.requests, site.origin)).toEqual([]);
    await rec.context.close();
  },
);
