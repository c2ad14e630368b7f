/**
 * Validates data/ before Astro renders anything. `astro build` stops with an `AstroError` that holds the same plain
 * report as `npm run validate` (one line per problem, no stack trace) and never publishes half a dataset.
 * `astro dev` prints the report but keeps serving: pages then show the errors in Astro's overlay
 * (see getModel), and every save in data/ is checked again and reloads the browser, so a fix shows
 * up within a second or two without restarting the server. A save in src/i18n/locales/ is checked the
 * same way.
 */
import { isAbsolute, relative } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { checkLocaleFiles } from '../i18n/check-locales.ts';
import { buildModel } from '../model/build-model.ts';
import { dataDir } from '../model/load-data-dir.ts';
import { localesDir, readCopyFiles, readLocaleFiles } from './copy-files.ts';

/**
 * Checks the locale files, data/, then every copy file against the data. Prints each problem on its
 * own line (the errors only when `errorsToo`: a build throws them in one report); returns the errors'
 * lines.
 */
async function report(logger: AstroIntegrationLogger, errorsToo = true): Promise<string[]> {
  const localeErrors = checkLocaleFiles(readLocaleFiles());
  if (errorsToo) for (const line of localeErrors) logger.error(line);
  // The pages read the sentences: with a locale file broken, checking the copy would only add noise.
  if (localeErrors.length > 0) return localeErrors;
  // Loaded only now: the copy's tags read the locale files, which must have passed their check.
  const [{ checkCopy, formatCopyIssue }, { copyContext }, { copySourceIds }] = await Promise.all([
    import('../copy/check.ts'),
    import('../copy/page-context.ts'),
    import('../copy/sources.ts'),
  ]);
  const copy = readCopyFiles();
  const citedElsewhere = new Set(copy.flatMap((f) => copySourceIds(f.text)));
  const { dataset, issues } = loadDataset(dataDir(), { citedElsewhere });
  for (const issue of issues)
    if (issue.severity === 'warning') logger.warn(formatIssue(issue));
    else if (errorsToo) logger.error(formatIssue(issue));
  const errors = issues.filter((i) => i.severity === 'error').map(formatIssue);
  if (!dataset) return errors;
  const region = process.env.DATA_REGION;
  const model = region ? { ...buildModel(dataset), siteRegionId: region } : buildModel(dataset);
  const copyErrors = copy
    .flatMap((f) => checkCopy(f.text, copyContext(model, f.lang, f.page)))
    .map(formatCopyIssue);
  if (errorsToo) for (const line of copyErrors) logger.error(line);
  return [...errors, ...copyErrors];
}

/** What stops a build: the validator's own lines, and what to do, as Astro prints a user's error (no stack). */
function dataErrorsStop(errors: readonly string[]): AstroError {
  const error = new AstroError(
    `${errors.length} error(s) in the data or the copy: nothing was built.\n${errors.join('\n')}`,
    'Fix each line, then run npm run validate.',
  );
  // The problem is in the data or the copy, not in our code: a stack trace would only hide the report.
  error.stack = '';
  return error;
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export function dataValidation(): AstroIntegration {
  return {
    name: 'data-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // A build throws the errors in one report; the dev server prints them and keeps serving.
        const errors = await report(logger, command !== 'build');
        if (errors.length === 0) return;
        if (command === 'build') throw dataErrorsStop(errors);
        logger.error(
          `${errors.length} error(s) in the data or the copy. The dev server keeps running and shows them on every page until they are fixed.`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = dataDir();
        // data/ is usually under the project root and watched already; DATA_DIR may point elsewhere.
        server.watcher.add(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const locales = localesDir();
        const changed = (path: string) => {
          // The locale files reach the pages through Vite, which reloads them itself; checking them
          // here too gives an editor the same file-and-line report as the build.
          const what = inside(dir, path) ? 'data/' : inside(locales, path) ? 'src/i18n/locales/' : null;
          if (!what) return;
          // A spreadsheet program saves in several writes: wait for the last one.
          clearTimeout(timer);
          timer = setTimeout(async () => {
            const errors = await report(logger);
            logger.info(
              errors.length === 0
                ? `${what} changed and is valid: reloading.`
                : `${what} changed: reloading.`,
            );
            server.ws.send({ type: 'full-reload', path: '*' });
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
