/**
 * Build time of the real data and of a synthetic scale fixture (20 regions × 40 departments ×
 * 10 years, 10,000 villages), generated into a temporary folder and never published. Printed only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../src/data/load.ts';
import { writeSyntheticData } from './lib/synthetic-data.ts';

function timed(label: string, run: () => void): number {
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(48)} ${(ms / 1000).toFixed(2)} s`);
  return ms;
}

function build(outDir: string, env: Record<string, string> = {}): void {
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      stdio: 'pipe',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout ?? ''}${stderr ?? ''}`.slice(-3000) || String(e));
    process.exit(1);
  }
}

const scale = { regions: 20, departmentsPerRegion: 40, years: 10, villages: 10_000 };
const dataDir = mkdtempSync(join(tmpdir(), 'dz-scale-data-'));
const outReal = mkdtempSync(join(tmpdir(), 'dz-scale-real-'));
const outScale = mkdtempSync(join(tmpdir(), 'dz-scale-out-'));
try {
  console.log('\nBuild times (astro build, this machine)');
  writeSyntheticData(dataDir, scale);
  timed('validate real data (data/)', () => loadDataset('data'));
  timed(
    `validate synthetic data (${scale.villages} villages, ${scale.regions * scale.departmentsPerRegion * scale.years} digitization rows)`,
    () => loadDataset(dataDir),
  );
  timed('build, real data', () => build(outReal));
  timed(`build, synthetic scale fixture (region-01 of ${scale.regions})`, () =>
    build(outScale, { DATA_DIR: dataDir, DATA_REGION: 'region-01' }),
  );
} finally {
  for (const dir of [dataDir, outReal, outScale]) rmSync(dir, { recursive: true, force: true });
}
