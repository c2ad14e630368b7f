/**
 * The environment for an `astro build` a test starts. Vitest puts Vite's own variables into
 * process.env (BASE_URL=/, MODE=test, DEV=1, SSR=1, NODE_ENV=test); a child build that inherits them
 * renders its pages with that BASE_URL, so a site built with SITE_BASE=/x/ linked to /, and its
 * pages loaded the scripts and the basemap of whatever site the server had at the root.
 */
const VITEST_ONLY = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];

export function buildEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env))
    if (VITEST_ONLY.includes(key) || key.startsWith('VITEST')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
