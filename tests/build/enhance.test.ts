/**
 * The enhancement script on the real figure markup, as ChartFigure renders it into a built page, in
 * Chromium: the fixture data (tests/fixtures/valid) has a department total, so its site offers the
 * counts/shares switch; dist/ shows one exactly when the published data gives a total.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareChart } from '../../src/charts/registry.ts';
import { getModel } from '../../src/model/load-model.ts';
import { buildSite } from '../fixtures/synthetic/build-site.ts';
import { openSite, recordedPage, type SiteSession } from '../helpers/browser.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

const BASE = '/fixture/';
let out = '';
let site: SiteSession;

beforeAll(async () => {
  out = buildSite({ DATA_DIR: VALID_FIXTURE, SITE_BASE: BASE }).outDir;
  site = await openSite({ [BASE]: out });
}, 240_000);

afterAll(async () => {
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const rec = await recordedPage(site, { viewport: { width: 800, height: 900 } });
  await rec.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  await rec.page.waitForSelector('#chart-departments .chart-tip', { state: 'attached' });
  return rec.page;
}

describe('chart-enhance', () => {
  test('offers counts and shares where a total exists, and switches the drawing', async () => {
    const page = await open(`${BASE}en/`);
    const figure = page.locator('#chart-departments');
    const radios = figure.locator('.chart-switch input[type="radio"]');
    expect(await radios.count()).toBe(2);
    expect(await figure.locator('.chart-switch').textContent()).toContain('Shares of total');
    expect(await figure.locator('[data-view="counts"]').isVisible()).toBe(true);
    await figure.locator('.chart-switch input[value="shares"]').check();
    expect(await figure.locator('[data-view="shares"]').isVisible()).toBe(true);
    expect(await figure.locator('[data-view="counts"]').isVisible()).toBe(false);
    expect(await figure.locator('[data-view="shares"] text').allTextContents()).toContain('85%');
    await page.context().close();
  });

  test('offers the switch on the published site only where the data gives a total', async () => {
    const page = await open('/en/');
    const expected = prepareChart(getModel(), 'departments').views.length > 0 ? 1 : 0;
    expect(await page.locator('#chart-departments .chart-switch').count()).toBe(expected);
    await page.context().close();
  });

  test('shows the same text on focus as the part announces, and hides it on Escape', async () => {
    const page = await open(`${BASE}en/`);
    const figure = page.locator('#chart-departments');
    expect(await figure.locator('[data-view="counts"] svg.dzc:visible').getAttribute('role')).toBe('group');
    const part = figure.locator('[data-view="counts"] svg.dzc:visible .hit [tabindex="0"]').nth(1);
    await part.focus();
    const label = await part.getAttribute('aria-label');
    expect(label).toBe('Department of Agriculture: 2018: online 17, on paper 3, total 20.');
    const tip = figure.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(label);
    // The native tooltip is gone, so only one tooltip shows.
    expect(await part.locator('title').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.context().close();
  });
});
