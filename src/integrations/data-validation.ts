/**
 * Validates data/ before Astro renders anything. `astro build` stops with the same plain report as
 * `npm run validate` (one line per problem, no stack trace) and never publishes half a dataset.
 * `astro dev` prints the report but keeps serving: pages then show the errors in Astro's overlay
 * (see getModel), and every save in data/ is checked again and reloads the browser, so a fix shows
 * up within a second or two without restarting the server.
 */
import { isAbsolute, relative } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkCopy, formatCopyIssue } from '../copy/check.ts';
import { copyContext } from '../copy/page-context.ts';
import { copySourceIds } from '../copy/sources.ts';
import { dataDir } from '../data/data-dir.ts';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { buildModel } from '../model/build-model.ts';
import { readCopyFiles } from './copy-files.ts';

/** Checks data/, then every copy file against it; prints each problem, returns how many are errors. */
function report(logger: AstroIntegrationLogger): number {
  const copy = readCopyFiles();
  const citedElsewhere = new Set(copy.flatMap((f) => copySourceIds(f.text)));
  const { dataset, issues } = loadDataset(dataDir(), { citedElsewhere });
  for (const issue of issues)
    (issue.severity === 'error' ? logger.error : logger.warn).call(logger, formatIssue(issue));
  const dataErrors = issues.filter((i) => i.severity === 'error').length;
  if (!dataset) return dataErrors;
  const region = process.env.DATA_REGION;
  const model = region ? { ...buildModel(dataset), siteRegionId: region } : buildModel(dataset);
  const copyIssues = copy.flatMap((f) => checkCopy(f.text, copyContext(model, f.lang, f.page)));
  for (const issue of copyIssues) logger.error(formatCopyIssue(issue));
  return dataErrors + copyIssues.length;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export function dataValidation(): AstroIntegration {
  return {
    name: 'data-validation',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const errors = report(logger);
        if (errors === 0) return;
        if (command === 'build') {
          logger.error(
            `${errors} error(s) in the data or the copy: nothing was built. Fix each line above, then build again.`,
          );
          process.exit(1);
        }
        logger.error(
          `${errors} error(s) in the data or the copy. The dev server keeps running and shows them on every page until they are fixed.`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        // data/ is usually under the project root and watched already; DATA_DIR may point elsewhere.
        server.watcher.add(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = (path: string) => {
          if (!inside(dir, path)) return;
          // A spreadsheet program saves in several writes: wait for the last one.
          clearTimeout(timer);
          timer = setTimeout(() => {
            const errors = report(logger);
            logger.info(
              errors === 0 ? 'data/ changed and is valid: reloading.' : 'data/ changed: reloading.',
            );
            server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
