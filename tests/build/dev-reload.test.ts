/**
 * `npm run dev` follows the data and the words: an edit in data/ or in a locale file reaches the next
 * request without a restart, and an invalid file gets the build's plain report (for data, Astro's error
 * overlay gets a DataError) while the server keeps running, so fixing the file brings the site back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { privateRoot } from '../fixtures/synthetic/build-site.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

const data = mkdtempSync(join(tmpdir(), 'dz-dev-data-'));
const villages = join(data, 'villages.csv');
let server: ChildProcess | undefined;
let output = '';
let base = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/** Polls `path` until `accept` holds for the response, or fails after `ms` with the last response. */
async function until(path: string, accept: (status: number, body: string) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let last = 'no response';
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the dev server exited:\n${output}`);
    try {
      const response = await fetch(`${base}${path}`);
      const body = await response.text();
      if (accept(response.status, body)) return body;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} never matched; last: ${last}\n${output}`);
}

const edit = (from: string, to: string) =>
  writeFileSync(villages, readFileSync(villages, 'utf8').replace(from, to));
const names = (body: string) =>
  (JSON.parse(body) as { features: { properties: { name_en: string } }[] }).features.map(
    (f) => f.properties.name_en,
  );

/** The environment of a maintainer's shell: without the test runner's variables (NODE_ENV=test, VITEST…). */
function devEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

/** The dev server runs in a private copy of the project, so its `.astro/` is not the project's. */
const root = privateRoot();

beforeAll(async () => {
  cpSync(VALID_FIXTURE, data, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, env: { ...devEnv(), DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' },
  );
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk) => (output += String(chunk)));
  await until('/data/villages.geojson', (status) => status === 200, 90_000);
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    server.kill();
    await exited;
  }
  rmSync(root, { recursive: true, force: true });
});

test('an edit in data/ shows without a restart; an error is reported and then fixed', async () => {
  expect(names(await until('/data/villages.geojson', (s) => s === 200, 10_000))).toContain('Alpha');

  edit(',Alpha,', ',Alphonse,');
  const renamed = await until(
    '/data/villages.geojson',
    (s, body) => s === 200 && body.includes('Alphonse'),
    20_000,
  );
  expect(names(renamed)).toEqual(['Alphonse', 'Beta']);

  edit('44.5,71.5', '"44,5",71.5');
  await until('/data/villages.geojson', (_, body) => body.includes('<title>DataError</title>'), 20_000);
  expect(output).toContain('data/villages.csv:2:8 error [not-a-number] column "lat": found "44,5"');

  edit('"44,5",71.5', '44.5,71.5');
  await until('/en/villages/', (s, body) => s === 200 && body.includes('Alphonse'), 20_000);
  expect(server?.exitCode).toBeNull();
}, 90_000);

test('an edit in a locale file shows without a restart; a broken line is reported with its file and line', async () => {
  const en = join(root, 'src/i18n/locales/en.json');
  const original = readFileSync(en, 'utf8');
  const lines = original.split('\n');
  const at = lines.findIndex((l) => l.startsWith('  "nav.data": '));
  expect(at).toBeGreaterThan(0);
  const write = (line: string) =>
    writeFileSync(en, [...lines.slice(0, at), line, ...lines.slice(at + 1)].join('\n'));

  write('  "nav.data": "Open data",');
  await until('/en/methodology/', (s, body) => s === 200 && body.includes('>Open data<'), 20_000);

  // A straight quote inside the sentence, as a keyboard types it.
  write('  "nav.data": "The "open" data",');
  await expect
    .poll(() => output, { timeout: 20_000 })
    .toContain(`src/i18n/locales/en.json:${at + 1}: not valid JSON`);

  writeFileSync(en, original);
  await until('/en/methodology/', (s, body) => s === 200 && !body.includes('Open data'), 20_000);
  expect(server?.exitCode).toBeNull();
}, 90_000);
