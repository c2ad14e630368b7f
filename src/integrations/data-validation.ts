/**
 * Validates data/ before Astro renders anything, so `astro build` and `astro dev` stop with the same
 * plain report as `npm run validate` (one line per problem, no stack trace) and never publish half
 * a dataset.
 */
import type { AstroIntegration } from 'astro';
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { dataDir } from '../model/load-model.ts';

export function dataValidation(): AstroIntegration {
  return {
    name: 'data-validation',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { issues } = loadDataset(dataDir());
        const errors = issues.filter((i) => i.severity === 'error');
        for (const issue of issues)
          (issue.severity === 'error' ? logger.error : logger.warn).call(logger, formatIssue(issue));
        if (errors.length > 0) {
          logger.error(
            `${errors.length} error(s) in the data: nothing was built. Fix each line above, then run npm run validate.`,
          );
          process.exit(1);
        }
      },
    },
  };
}
