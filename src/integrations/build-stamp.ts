/**
 * A fingerprint of everything a build is made from, written into the output as `.build-stamp`.
 * The test setup (tests/setup/built-site.ts) recomputes it and rebuilds when it differs, so tests
 * that read dist/ never pass on a stale build. The stamp names no path, clock or machine, so two
 * builds of one commit stay byte-identical (tests/site/reproducible.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const STAMP_FILE = '.build-stamp';

/** What a build reads besides the data folder: sources, static files, config and the installed packages. */
const INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'markdoc.config.mjs',
  'package.json',
  'tsconfig.json',
  'node_modules/.package-lock.json',
];
/** Settings that change the output; TZ and paths are left out because they must not. */
const ENV = ['SITE_URL', 'SITE_BASE', 'DATA_REGION', 'PUBLIC_TILE_URL'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((full) => statSync(full).isFile());
}

/** The last commit that touched the data: the data page's changelog and version come from it. */
function dataCommit(dataDir: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', '--', '.'], {
      cwd: dataDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** The stamp of a build of `root` from `dataDir` under `env`. */
export function sourceStamp(root: string, dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  const add = (label: string, content: string | Buffer) => {
    hash.update(`${label}\0`);
    hash.update(content);
    hash.update('\0');
  };
  for (const input of INPUTS)
    for (const file of files(join(root, input)).sort())
      add(relative(root, file).split(sep).join('/'), readFileSync(file));
  for (const file of files(dataDir).sort())
    add(`data/${relative(dataDir, file).split(sep).join('/')}`, readFileSync(file));
  add('data-commit', dataCommit(dataDir));
  for (const name of ENV) add(`env:${name}`, env[name] ?? '');
  return hash.digest('hex');
}

export function buildStamp(options: { dataDir: () => string }): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'build-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(
          join(fileURLToPath(dir), STAMP_FILE),
          `${sourceStamp(root, resolve(options.dataDir()))}\n`,
        );
        logger.info(`wrote ${STAMP_FILE}`);
      },
    },
  };
}
