/**
 * How the village map holds up at scale, measured in Debian's Chromium: the real data and a
 * synthetic dataset of 10,000 villages generated on the fly (never committed, never published).
 * For each: page weight before the map, time from "open the map" to a drawn map, JS heap, frame
 * times while dragging the map, and the time a filter takes. Printed, and written to
 * bench-results/map.json. Speed depends on the machine; bytes are checked by the tests instead.
 *
 *   npm run bench:map [-- --villages 10000 --runs 3 --throttle 4]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildSite } from '../tests/fixtures/synthetic/build-site.ts';
import { writeVillageFixture } from '../tests/fixtures/synthetic/villages.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values: args } = parseArgs({
  options: {
    villages: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    /** CPU slowdown factor (4 ≈ a mid-range phone), through the DevTools protocol. */
    throttle: { type: 'string', default: '1' },
  },
});
const VILLAGES = Number(args.villages);
const RUNS = Number(args.runs);
const THROTTLE = Number(args.throttle);

interface Measurement {
  readonly openMs: number;
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  readonly frames: number;
  readonly frameP50: number;
  readonly frameP95: number;
  readonly frameMax: number;
  readonly longFrames: number;
  readonly filterMs: number;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const median = (xs: readonly number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}

/** Drags the map for about two seconds and returns the intervals between frames meanwhile. */
async function dragFrames(page: Page): Promise<number[]> {
  const box = await page.locator('.map-interactive').boundingBox();
  if (!box) throw new Error('no map on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 120; i++) {
    const angle = (i / 120) * 2 * Math.PI;
    await page.mouse.move(cx + Math.cos(angle) * 150, cy + Math.sin(angle) * 100);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
  return times.slice(1).map((t, i) => t - (times[i] ?? t));
}

async function measure(browser: Browser, origin: string): Promise<Measurement> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  if (THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  }
  await page.goto(`${origin}/en/villages/`, { waitUntil: 'load' });
  const heapBeforeMb = await heapMb(page);
  await page.click('button.map-open');
  await page.waitForSelector('village-map[data-state="ready"]', { timeout: 120_000 });
  // Wait for the canvas to be painted, then read the time from the click to the drawn map.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const openMs = await page.evaluate(
    () => performance.getEntriesByName('village-map', 'measure')[0]?.duration ?? Number.NaN,
  );
  const heapAfterMb = await heapMb(page);
  const intervals = (await dragFrames(page)).sort((a, b) => a - b);
  const filterMs = await page.evaluate(async () => {
    const select = document.querySelector<HTMLSelectElement>('select[name="status"]');
    if (!select) return Number.NaN;
    const start = performance.now();
    select.value = select.options[1]?.value ?? '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Until the next frame is painted with the filtered canvas.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - start;
  });
  await context.close();
  return {
    openMs,
    heapBeforeMb,
    heapAfterMb,
    frames: intervals.length,
    frameP50: quantile(intervals, 0.5),
    frameP95: quantile(intervals, 0.95),
    frameMax: intervals[intervals.length - 1] ?? Number.NaN,
    longFrames: intervals.filter((ms) => ms > 50).length,
    filterMs,
  };
}

function pageBytes(dist: string) {
  const html = readFileSync(join(dist, 'en/villages/index.html'));
  const villages = html.toString('utf8').match(/<li id="village-/g)?.length ?? 0;
  return { villages, htmlRaw: html.length, htmlBrotli: brotliCompressSync(html).length };
}

async function bench(label: string, dist: string, buildMs: number) {
  const server = await serveStatic(dist, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const runs: Measurement[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.origin));
    const m = (k: keyof Measurement) => median(runs.map((r) => r[k]));
    return {
      label,
      buildS: buildMs / 1000,
      ...pageBytes(dist),
      openMs: m('openMs'),
      heapBeforeMb: m('heapBeforeMb'),
      heapAfterMb: m('heapAfterMb'),
      frameP50: m('frameP50'),
      frameP95: m('frameP95'),
      frameMax: m('frameMax'),
      longFrames: m('longFrames'),
      frames: m('frames'),
      filterMs: m('filterMs'),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const dirs: string[] = [];
try {
  const real = buildSite({});
  dirs.push(real.outDir);
  const data = writeVillageFixture({ count: VILLAGES });
  dirs.push(data);
  const synthetic = buildSite({ DATA_DIR: data });
  dirs.push(synthetic.outDir);
  const results = [
    await bench('real data', real.outDir, real.ms),
    await bench(`synthetic, ${VILLAGES.toLocaleString('en')} villages`, synthetic.outDir, synthetic.ms),
  ];
  const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–');
  console.log(
    `\nVillage map in Chromium (${RUNS} runs each, median; CPU throttle ${THROTTLE}×; en page, 1000×900)\n`,
  );
  for (const r of results) {
    console.log(`${r.label} (${r.villages} in the list)`);
    console.log(`  build                          ${f(r.buildS, 1)} s`);
    console.log(
      `  page HTML before the map       ${f(r.htmlRaw / 1024)} KB raw, ${f(r.htmlBrotli / 1024, 1)} KB brotli`,
    );
    console.log(`  open → map drawn               ${f(r.openMs)} ms`);
    console.log(`  JS heap before / with the map  ${f(r.heapBeforeMb, 1)} / ${f(r.heapAfterMb, 1)} MB`);
    console.log(
      `  frames while dragging          p50 ${f(r.frameP50, 1)} ms, p95 ${f(r.frameP95, 1)} ms, max ${f(r.frameMax)} ms, ${f(r.longFrames)} of ${f(r.frames)} over 50 ms`,
    );
    console.log(`  status filter → repainted      ${f(r.filterMs)} ms\n`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/map.json',
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, throttle: THROTTLE, results }, null, 2)}\n`,
  );
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
