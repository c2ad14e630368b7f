import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';

// The page suite trusts an empty list from axeViolations; this proves the helper does report.
test('axeViolations reports a missing alt text and a missing document language', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-axe-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><main><img src="data:,"></main></body></html>',
  );
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('html-has-lang');
  } finally {
    await browser.close();
    await server.close();
  }
});
