/**
 * Build-time settings of the "report your village" box, read from the environment by the loader
 * (load-repo-url.ts); pages pass the values to pure code and components as props. `REPORT_EMAIL`: an address for
 * readers without a code-host account; without it, that line is left out.
 */
type Env = Readonly<Record<string, string | undefined>>;

/** A plain address such as `reports@example.org`; anything else stops the build with a message. */
const ADDRESS = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

export function reportEmail(env: Env): string | null {
  const configured = env.REPORT_EMAIL?.trim();
  if (!configured) return null;
  if (!ADDRESS.test(configured))
    throw new Error(`REPORT_EMAIL "${configured}" is not an e-mail address; write it as name@example.org.`);
  return configured;
}
