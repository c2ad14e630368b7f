/**
 * "Propose a correction" links: each opens the data file behind a chart or list in the code host's
 * editor, so a reader with an account can suggest a fix as a pull request. The repository comes from
 * configuration, never from code: `REPO_URL` (e.g. `https://github.com/<owner>/<repo>`), or, in a
 * GitHub Actions build, the repository the workflow runs in. Without either, no link is shown: a link
 * to a wrong repository is worse than none.
 */
import { registeredChart } from '../charts/registry.ts';

/** The branch the site is built from; edits are proposed against it. */
const EDIT_BRANCH = 'main';

type Env = Readonly<Record<string, string | undefined>>;

/** The repository from an environment; `load-repo-url.ts` gives it the process's. */
export function repoUrl(env: Env): string | null {
  const configured =
    env.REPO_URL ||
    (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
      : '');
  if (!configured) return null;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`REPO_URL "${configured}" is not a URL; write it as https://<host>/<owner>/<repo>.`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`REPO_URL "${configured}" must start with https://, like https://<host>/<owner>/<repo>.`);
  return url.href.replace(/\.git$/, '').replace(/\/+$/, '');
}

/** The editor URL of a file in data/ (`villages.csv`, `geo/places.geojson`), or null without a repository. */
export function correctionUrl(file: string, repo: string | null): string | null {
  return repo ? `${repo}/edit/${EDIT_BRANCH}/data/${file}` : null;
}

/** The data file that holds a chart's figures: the first table its definition names. */
export function chartDataFile(chartId: string): string {
  const table = registeredChart(chartId).chart.tables[0];
  return table.startsWith('geo/') ? `${table}.geojson` : `${table}.csv`;
}

/** The files behind the village list: who and where, then each village's dated status reports. */
export const VILLAGE_LIST_FILES: readonly string[] = ['villages.csv', 'village-statuses.csv'];
