/**
 * A fingerprint of everything a build is made from, kept beside the output (never in it, so it is not
 * published): `node_modules/.cache/build-stamps/<output folder>.stamp`. The test setup
 * (tests/setup/built-site.ts) recomputes it and rebuilds when it differs, so tests that read dist/
 * never pass on a stale build. The stamp names no path, clock or machine.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the stamp of a build of `root` into `outDir` is kept: one file per output folder. */
export function stampFile(root: string, outDir: string): string {
  const out = createHash('sha256').update(resolve(root, outDir)).digest('hex').slice(0, 16);
  return join(root, 'node_modules/.cache/build-stamps', `${out}.stamp`);
}

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
  let outDir: string | null = null;
  return {
    name: 'build-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      // A build that fails half-way leaves its output unstamped, so the tests build again.
      'astro:build:start': () => {
        if (outDir) rmSync(stampFile(root, outDir), { force: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        const file = stampFile(root, fileURLToPath(dir));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${sourceStamp(root, resolve(options.dataDir()))}\n`);
        logger.info(`wrote ${relative(root, file)}`);
      },
    },
  };
}
