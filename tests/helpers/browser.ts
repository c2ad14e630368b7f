/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. The flags keep it from
 * reaching out to the network at start-up, which stalls on a closed network.
 */

import { existsSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { DIST } from './dist.ts';

/**
 * axe's minified build. `analyze()` sends axe's source into the page twice (once to check it runs,
 * then once per frame, the page's own included), and each send is transferred and parsed whole: the
 * 0.56 MB minified build takes about 130 ms less per run than the 1.5 MB readable one it defaults to.
 */
const AXE_MIN = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');
/**
 * What AxeBuilder sends instead, into a tab that loaded axe at document start (`tabPool`'s
 * `preloadAxe`): a check that axe is there. Running axe on every page a tab visits then costs about
 * a quarter of a core-second less per page than sending the source twice (measured 2026-12-04).
 */
const AXE_PRELOADED = "if (typeof window.axe?.run !== 'function') throw new Error('axe was not preloaded');";

/** The project's shared Chromium (tests/setup/chromium-server.ts), or one of its own outside it. */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env.VITEST ? inject('chromiumEndpoint') : '';
  if (endpoint) return chromium.connect(endpoint);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

export interface SiteSession {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves dist/ on loopback and starts Chromium; one per test file. */
export async function openSite(extraRoots: Readonly<Record<string, string>> = {}): Promise<SiteSession> {
  const server = await serveStatic(DIST, 0, extraRoots);
  const browser = await launchChromium();
  return {
    browser,
    server,
    origin: server.origin,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageRecord {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly consoleErrors: string[];
}

/** A fresh page that records its requests and console errors. */
export async function recordedPage(
  session: SiteSession,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<PageRecord> {
  const context = await session.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1000, height: 800 },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  return { page, context, requests, consoleErrors };
}

/** What a borrowed tab records during one visit: the requests it made and the errors it logged. */
export interface TabRecord {
  readonly page: Page;
  readonly requests: string[];
  readonly consoleErrors: string[];
}

export interface TabPool {
  /** Lends a free tab (waiting for one if all are out) with empty records, at the pool's viewport. */
  use<T>(visit: (tab: TabRecord) => Promise<T>): Promise<T>;
}

/**
 * Tabs reused visit after visit, for checks that carry no state from one page to the next. A new tab
 * or context makes Chromium start a renderer process: about a core-second on a 2-core machine, while
 * navigating an open tab to another page of the site costs a sixth of that (measured 2026-12-04). The
 * test server sends no cache validators, so every visit still loads the page and its files afresh.
 * `initScript` runs at the start of every document the tabs open. The tabs close with the session.
 */
export async function tabPool(
  session: SiteSession,
  size: number,
  options: {
    viewport: { width: number; height: number };
    javaScriptEnabled?: boolean;
    initScript?: () => void;
    /** Load axe at the start of every document, for tabs that run axe on every page they visit. */
    preloadAxe?: boolean;
  },
): Promise<TabPool> {
  const context = await session.browser.newContext({
    viewport: options.viewport,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  if (options.preloadAxe) await context.addInitScript({ content: AXE_MIN });
  type Slot = { page: Page; current: TabRecord | null };
  const free: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  for (let i = 0; i < size; i++) {
    const slot: Slot = { page: await context.newPage(), current: null };
    slot.page.on('request', (r) => slot.current?.requests.push(r.url()));
    slot.page.on('console', (m) => {
      if (m.type() === 'error') slot.current?.consoleErrors.push(m.text());
    });
    slot.page.on('pageerror', (e) => slot.current?.consoleErrors.push(String(e)));
    free.push(slot);
  }
  return {
    async use(visit) {
      const slot = free.pop() ?? (await new Promise<Slot>((ok) => waiting.push(ok)));
      await slot.page.setViewportSize(options.viewport);
      const record: TabRecord = { page: slot.page, requests: [], consoleErrors: [] };
      slot.current = record;
      try {
        return await visit(record);
      } finally {
        slot.current = null;
        const next = waiting.shift();
        if (next) next(slot);
        else free.push(slot);
      }
    },
  };
}

/**
 * `make`, run once per key: whichever test asks first starts the visit, and the tests that need the
 * same visit read its result.
 */
export function once<A extends readonly unknown[], T>(
  make: (...args: A) => Promise<T>,
  key: (...args: A) => string = (...args) => args.join(' '),
): (...args: A) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (...args) => {
    const k = key(...args);
    const known = made.get(k) ?? make(...args);
    made.set(k, known);
    return known;
  };
}

/** Requests that left the site's own origin (data: and blob: URLs stay on the page). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * axe-core's WCAG 2.2 A/AA violations on the page (or inside `include` selectors), as "rule: targets".
 * AxeBuilder evaluates axe through DevTools, not a <script> tag, so the page's CSP does not block it
 * (tests/browser/axe-helper.test.ts proves it under the site's own policy).
 *
 * Only violations are asked for in full (`resultTypes`): axe then skips building selectors for every
 * node that passes, which is most of its time on a chart page. Legacy mode runs `axe.run` in the page,
 * as the hand-injected axe did; AxeBuilder's default opens a blank page per run to merge per-frame
 * results, took about twice as long per page here, and gives up on a frame that takes over a second
 * to load axe. It is needed only to enter a frame of another origin, and no built page has one
 * (tests/browser/pages.test.ts checks).
 */
export async function axeViolations(page: Page, include: readonly string[] = []): Promise<string[]> {
  // `run`, not just `axe`: an element with id="axe" would define `window.axe` too.
  const preloaded = await page.evaluate(
    () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  const builder = new AxeBuilder({ page, axeSource: preloaded ? AXE_PRELOADED : AXE_MIN })
    .options({ resultTypes: ['violations'] })
    .withTags([...WCAG_TAGS])
    .setLegacyMode();
  for (const selector of include) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** One chart drawing as the reader sees it. */
export interface ShownDrawing {
  /** Its width as drawn, and as shown. */
  readonly drawn: number;
  readonly width: number;
  readonly height: number;
  /** The height of the box it stands in. */
  readonly boxHeight: number;
  /** Its smallest label as shown: font size times the scale the drawing is shown at. */
  readonly smallest: number;
  /** Its labels that reach past its edge, where they are cut off. */
  readonly cut: string[];
}

/** The drawing in each box `boxes` selects that the page shows (the others are display: none). */
export function shownDrawings(page: Page, boxes: string): Promise<ShownDrawing[]> {
  return page.$$eval(boxes, (found) =>
    found.flatMap((box) => {
      const svg = box.querySelector('svg');
      const outer = box.getBoundingClientRect();
      if (!svg || outer.width === 0) return [];
      const edge = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')];
      const sizes = texts.map((t) => {
        const m = t.getScreenCTM();
        return (
          Number.parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs((m?.a ?? 0) * (m?.d ?? 0)))
        );
      });
      const cut = texts
        .filter((t) => {
          const r = t.getBoundingClientRect();
          const out =
            r.left < edge.left - 0.5 ||
            r.right > edge.right + 0.5 ||
            r.top < edge.top - 0.5 ||
            r.bottom > edge.bottom + 0.5;
          return r.width > 0 && out;
        })
        .map((t) => t.textContent ?? '');
      return [
        {
          drawn: Number(svg.getAttribute('width')),
          width: edge.width,
          height: edge.height,
          boxHeight: outer.height,
          smallest: Math.min(...sizes),
          cut,
        },
      ];
    }),
  );
}
