/**
 * Which test project a file belongs to, read from what it imports: the heaviest helper wins.
 *
 * | It imports or runs…                                                           | project   |
 * | ----------------------------------------------------------------------------- | --------- |
 * | `fixtures/synthetic/build-site.ts` or `astro/bin/astro.mjs` (builds a site)   | `build`   |
 * | `helpers/browser.ts` or `playwright-core` (starts Chromium)                   | `browser` |
 * | `helpers/dist.ts` (reads the built site)                                      | `dist`    |
 * | none of these                                                                 | `unit`    |
 */
export const TEST_PROJECTS = ['unit', 'dist', 'browser', 'build'] as const;
export type TestProject = (typeof TEST_PROJECTS)[number];

const RULES: readonly (readonly [TestProject, RegExp])[] = [
  ['build', /synthetic\/build-site\.ts['"]|astro\/bin\/astro\.mjs/],
  ['browser', /helpers\/browser\.ts['"]|from ['"]playwright-core['"]/],
  ['dist', /helpers\/dist\.ts['"]/],
];

export function projectOf(source: string): TestProject {
  return RULES.find(([, pattern]) => pattern.test(source))?.[0] ?? 'unit';
}
