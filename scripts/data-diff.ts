/**
 * `npm run data-diff -- <base> [--images <dir>]`: what a change to data/ does, as Markdown on stdout.
 * Compares data/ at a git ref (say `origin/main`) with the working tree: rows added, changed and
 * removed per table with their sources, the pages, charts and embeds that show them, and the charts
 * whose drawing changes. With `--images`, writes each changed chart before and after as SVG and PNG.
 * CI writes the Markdown to the pull request's job summary and uploads the images.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { REGISTRY as EMBEDDABLES } from '../src/charts/registry.ts';
import { loadDataset } from '../src/data/load.ts';
import { buildModel } from '../src/model/build-model.ts';
import { diffData, type RawRow, type RawTables } from '../src/model/data-diff.ts';
import { rawTablesAt } from '../src/model/load-data-version.ts';
import { dataDir } from '../src/model/load-model.ts';
import { parseRawFile, tableName } from '../src/model/raw-tables.ts';
import type { Model } from '../src/model/types.ts';
import { dataDependents, dependentPath } from '../src/reuse/data-dependents.ts';
import { renderPng } from '../src/reuse/png.ts';
import { dataDiffMarkdown } from './lib/data-diff-report.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { images: { type: 'string' } },
});
if (!positionals[0]) {
  console.error('Usage: npm run data-diff -- <git ref to compare with, e.g. origin/main> [--images <dir>]');
  process.exit(2);
}
const base: string = positionals[0];

const dir = dataDir();
const git = (args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trimEnd();

const before = rawTablesAt(base, dir);
if (before === null) {
  console.error(
    `Cannot read data/ at "${base}": is the ref fetched? In CI, check out with fetch-depth: 0 (or git fetch origin ${base.replace(/^origin\//, '')}).`,
  );
  process.exit(2);
}
/** Every CSV and GeoJSON file of the working tree's data folder, as raw tables. */
function readRawTables(folder: string): RawTables {
  const tables: Record<string, RawRow[]> = {};
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = entry.split('\\').join('/');
    const name = tableName(file);
    if (name) tables[name] = parseRawFile(file, readFileSync(join(folder, file), 'utf8'));
  }
  return tables;
}

const after: RawTables = readRawTables(dir);
const diff = diffData(before, after, dataDependents());

const changedFiles = git(['diff', '--name-only', '--relative', base, '--', '.'])
  .split('\n')
  .filter((f) => f !== '');
const untracked = git(['ls-files', '--others', '--exclude-standard', '--', '.'])
  .split('\n')
  .filter((f) => f !== '');
const otherFiles = [...new Set([...changedFiles, ...untracked])]
  .filter((f) => tableName(f) === null)
  .map((f) => `data/${f}`);

/** The model built from data/ at the base ref, or why it cannot be. */
function baseModel(): Model | string {
  const tmp = mkdtempSync(join(tmpdir(), 'data-diff-'));
  try {
    for (const file of git(['ls-tree', '-r', '--name-only', base, '--', '.']).split('\n')) {
      if (file === '') continue;
      const target = join(tmp, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(
        target,
        execFileSync('git', ['show', `${base}:./${file}`], { cwd: dir, maxBuffer: 256 * 1024 * 1024 }),
      );
    }
    const { dataset, issues } = loadDataset(tmp);
    if (!dataset)
      return `the data at ${base} does not pass today's contract (${issues.filter((i) => i.severity === 'error').length} error(s))`;
    return buildModel(dataset);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

let drawnCharts: string[] | null = null;
let drawnNote: string | undefined;
if (diff.tables.length > 0) {
  const { dataset, issues } = loadDataset(dir);
  const old = baseModel();
  if (!dataset)
    drawnNote = `the changed data does not validate (${issues.filter((i) => i.severity === 'error').length} error(s)): run npm run validate`;
  else if (typeof old === 'string') drawnNote = old;
  else {
    const now = buildModel(dataset);
    drawnCharts = [];
    for (const { chart: registered } of EMBEDDABLES) {
      const before = registered.prepare(old);
      const chart = registered.prepare(now);
      const was = before.svg('en');
      const is = chart.svg('en');
      const sameTable = JSON.stringify(before.table('en')) === JSON.stringify(chart.table('en'));
      if (was === is && sameTable) continue;
      drawnCharts.push(chart.id);
      if (values.images) {
        mkdirSync(values.images, { recursive: true });
        for (const [label, svg] of [
          ['before', was],
          ['after', is],
        ] as const) {
          writeFileSync(join(values.images, `${chart.id}-${label}.svg`), svg);
          writeFileSync(join(values.images, `${chart.id}-${label}.png`), renderPng(svg).bytes);
        }
      }
    }
  }
}

process.stdout.write(
  dataDiffMarkdown({
    base,
    diff,
    before,
    after,
    pathOf: dependentPath,
    drawnCharts,
    ...(drawnNote ? { drawnNote } : {}),
    otherFiles,
  }),
);
