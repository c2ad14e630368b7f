import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { privateRoot } from '../fixtures/synthetic/build-site.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

/**
 * Builds a private copy of the project (so this build's `.astro/` is not the project's) on `data`, after
 * `spoil` has changed the copy; returns the exit status, what was printed and whether a page was written.
 */
function stoppedBuild(data: string, spoil: (root: string) => void) {
  const out = mkdtempSync(join(tmpdir(), 'dz-bad-out-'));
  const root = privateRoot();
  let status = 0;
  let output = '';
  try {
    spoil(root);
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } catch (e) {
    const err = e as { status: number; stdout: Buffer; stderr: Buffer };
    status = err.status;
    output = `${err.stdout}${err.stderr}`;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const built = existsSync(join(out, 'index.html'));
  rmSync(out, { recursive: true, force: true });
  return { status, output, built };
}

test('astro build stops on bad data with the validator’s plain report and builds nothing', () => {
  const data = mkdtempSync(join(tmpdir(), 'dz-bad-data-'));
  cpSync(VALID_FIXTURE, data, { recursive: true });
  const villages = join(data, 'villages.csv');
  writeFileSync(villages, readFileSync(villages, 'utf8').replace('44.5,71.5', '"44,5",71.5'));
  const { status, output, built } = stoppedBuild(data, () => {});
  expect(status).toBe(1);
  expect(output).toContain('data/villages.csv:2:8 error [not-a-number] column "lat": found "44,5"');
  expect(output).toContain('Fix each line, then run npm run validate.');
  expect(output).not.toMatch(/\n\s+at |Stack trace/);
  // Said once, in the stop report, not also as a log line above it.
  expect(output.split('data/villages.csv:2:8').length - 1).toBe(1);
  expect(built).toBe(false);
});

test('astro build stops on a locale file an editor broke, naming its file and line, and builds nothing', () => {
  const { status, output, built } = stoppedBuild(VALID_FIXTURE, (root) => {
    const ru = join(root, 'src/i18n/locales/ru.json');
    const lines = readFileSync(ru, 'utf8').split('\n');
    // A straight quote inside a sentence, as a keyboard types it, on the third key's line.
    lines[3] = lines[3]?.replace(/": "/, '": "«цифровой" ') ?? '';
    writeFileSync(ru, lines.join('\n'));
  });
  expect(status).toBe(1);
  expect(output).toMatch(
    /src\/i18n\/locales\/ru\.json:4: not valid JSON \(.*\)\. Each line is "key": "text"/,
  );
  expect(output).not.toMatch(/\n\s+at |Stack trace/);
  expect(built).toBe(false);
});
