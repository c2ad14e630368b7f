/**
 * The enhancement script on chart markup in Chromium, without building the site: the synthetic
 * data has a department total, so the counts/shares switch must appear; the same data with its
 * totals removed has none, so it must not. The script is compiled from its source with TypeScript.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { chartById, chartViews } from '../../src/charts/registry.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import type { Model } from '../../src/model/types.ts';
import { syntheticModel } from './chart-fixture.ts';

const withoutTotals = (model: Model): Model => ({
  ...model,
  digitization: model.digitization.map((r) => ({ ...r, total: NOT_REPORTED })),
});

const SCRIPT = ts.transpileModule(
  readFileSync(resolve(import.meta.dirname, '../../src/scripts/chart-enhance.ts'), 'utf8'),
  { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } },
).outputText;

/** The parts of ChartFigure's markup the script relies on. */
function figureHtml(model: Model): string {
  const chart = chartById('departments');
  const views = chartViews('departments', model);
  const drawings =
    views.length > 0
      ? views.map((v) => ({ id: v.id, label: v.label('en'), svg: v.svg }))
      : [{ id: '', label: '', svg: chart.svg }];
  return `<figure class="chart" id="chart-departments" data-chart="departments" data-switch-label="Show">${drawings
    .map(
      (d, i) =>
        `<div class="chart-svg"${d.id ? ` data-view="${d.id}" data-label="${d.label}"` : ''}${i > 0 ? ' hidden' : ''}>${d.svg(model, 'en', { width: 600 })}</div>`,
    )
    .join('')}</figure>`;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
});
afterAll(async () => {
  await browser?.close();
});

async function open(model: Model): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.setContent(`<!doctype html><html lang="en"><body>${figureHtml(model)}</body></html>`);
  await page.addScriptTag({ content: SCRIPT, type: 'module' });
  await page.waitForSelector('.chart-tip', { state: 'attached' });
  return page;
}

describe('chart-enhance', () => {
  test('offers counts and shares where a total exists, and switches the drawing', async () => {
    const page = await open(syntheticModel());
    const radios = page.locator('.chart-switch input[type="radio"]');
    expect(await radios.count()).toBe(2);
    expect(await page.locator('.chart-switch').textContent()).toContain('Shares of total');
    expect(await page.isVisible('[data-view="counts"]')).toBe(true);
    await page.check('.chart-switch input[value="shares"]');
    expect(await page.isVisible('[data-view="shares"]')).toBe(true);
    expect(await page.isVisible('[data-view="counts"]')).toBe(false);
    expect(await page.locator('[data-view="shares"] text').allTextContents()).toContain('85%');
    await page.close();
  });

  test('offers no switch where no total exists', async () => {
    const page = await open(withoutTotals(syntheticModel()));
    expect(await page.locator('.chart-switch').count()).toBe(0);
    await page.close();
  });

  test('shows the same text on focus as the part announces, and hides it on Escape', async () => {
    const page = await open(syntheticModel());
    const svg = page.locator('[data-view="counts"] svg');
    expect(await svg.getAttribute('role')).toBe('group');
    const part = page.locator('[data-view="counts"] .hit [tabindex="0"]').nth(1);
    await part.focus();
    const label = await part.getAttribute('aria-label');
    expect(label).toBe('Department of Agriculture: 2018: online 17, on paper 3, total 20.');
    expect(await page.locator('.chart-tip').textContent()).toBe(label);
    expect(await page.isVisible('.chart-tip')).toBe(true);
    // The native tooltip is gone, so only one tooltip shows.
    expect(await part.locator('title').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.chart-tip')).toBe(false);
    await page.close();
  });
});
