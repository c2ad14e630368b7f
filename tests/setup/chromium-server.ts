/**
 * Global setup of the `browser` and `build` projects: one Chromium for all their files. Starting the
 * browser costs about 1.4 core-seconds, and a dozen files each started their own; now each file
 * connects to this one (tests/helpers/browser.ts) and opens contexts of its own in it, which it closes
 * when it disconnects. Without Chromium installed, nothing starts here and the files say what is missing.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared Chromium listens; empty when there is none. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    project.provide('chromiumEndpoint', '');
    return async () => {};
  }
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
