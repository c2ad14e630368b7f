import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { privateRoot } from '../fixtures/synthetic/build-site.ts';
import { VALID_FIXTURE } from '../helpers/fixture.ts';

test('astro build stops on bad data with the validator’s plain report and builds nothing', () => {
  const data = mkdtempSync(join(tmpdir(), 'dz-bad-data-'));
  const out = mkdtempSync(join(tmpdir(), 'dz-bad-out-'));
  cpSync(VALID_FIXTURE, data, { recursive: true });
  const villages = join(data, 'villages.csv');
  writeFileSync(villages, readFileSync(villages, 'utf8').replace('44.5,71.5', '"44,5",71.5'));
  let status = 0;
  let output = '';
  // In a private copy of the project, so this build's `.astro/` is not the project's.
  const root = privateRoot();
  try {
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
  expect(status).toBe(1);
  expect(output).toContain('data/villages.csv:2:8 error [not-a-number] column "lat": found "44,5"');
  expect(output).toContain('Fix each line, then run npm run validate.');
  expect(output).not.toMatch(/\n\s+at |Stack trace/);
  // Said once, in the stop report, not also as a log line above it.
  expect(output.split('data/villages.csv:2:8').length - 1).toBe(1);
  expect(existsSync(join(out, 'index.html'))).toBe(false);
});
