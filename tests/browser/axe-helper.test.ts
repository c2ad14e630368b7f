import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { policy } from '../../src/integrations/security-headers.ts';
import { axeViolations, launchChromium, tabPool } from '../helpers/browser.ts';

// The page suite trusts an empty list from axeViolations; this proves the helper does report, on pages
// under the site's own Content-Security-Policy (no inline or eval'd script allowed).
const CSP = `<meta http-equiv="Content-Security-Policy" content="${policy([])}">`;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-axe-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head>${CSP}<title>t</title></head><body><main><img src="data:,"></main></body></html>`,
  );
  server = await serveStatic(dir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('reports a missing alt text and a missing document language, under the site’s CSP', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.origin}/`);
  // The policy is in force: a script the page itself adds is refused.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.head.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(ids).toContain('image-alt');
  expect(ids).toContain('html-has-lang');
  await page.context().close();
});

test('reports the same in a tab that loaded axe at document start, as the page suite’s tabs do', async () => {
  const tabs = await tabPool({ browser, server, origin: server.origin, close: async () => {} }, 1, {
    viewport: { width: 390, height: 800 },
    preloadAxe: true,
  });
  await tabs.use(async ({ page }) => {
    await page.goto(`${server.origin}/`);
    // axe is there before anyone sends it, and the helper uses it rather than sending it again.
    expect(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run)).toBe(
      'function',
    );
    const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('html-has-lang');
  });
});
