/**
 * `npm run validate`: checks every file in data/ and prints each problem on its own line.
 * Exit status 1 when there is any error; warnings alone pass.
 */
import { resolve } from 'node:path';
import { copySourceIds } from '../src/copy/sources.ts';
import { formatAnnotation, formatIssue } from '../src/data/issues.ts';
import { loadDataset } from '../src/data/load.ts';
import { readCopyFiles } from '../src/integrations/copy-files.ts';

const dir = resolve(process.argv[2] ?? 'data');
// Sources the pages' copy cites count as used, as in the build.
const citedElsewhere = new Set(readCopyFiles().flatMap((f) => copySourceIds(f.text)));
const { issues } = loadDataset(dir, { citedElsewhere });
const errors = issues.filter((i) => i.severity === 'error');
const warnings = issues.filter((i) => i.severity === 'warning');

for (const issue of issues) console.error(formatIssue(issue));
if (process.env.GITHUB_ACTIONS === 'true') for (const issue of issues) console.log(formatAnnotation(issue));

if (errors.length > 0) {
  console.error(
    `\n${errors.length} error(s) and ${warnings.length} warning(s) in data/. Nothing was published: fix each line above, then run npm run validate again.`,
  );
  process.exit(1);
}
console.error(`data/ is valid${warnings.length > 0 ? ` (${warnings.length} warning(s) above)` : ''}.`);
