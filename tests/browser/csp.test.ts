import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { inlineScriptHashes, policy, secureDist } from '../../src/integrations/security-headers.ts';
import { launchChromium } from '../helpers/browser.ts';
import { readDist } from '../helpers/dist.ts';

describe('inlineScriptHashes', () => {
  test('hashes executable inline scripts and skips data blocks and external ones', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script type="application/json">{"x":1}</script><script src="/x.js"></script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(h).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describe('policy', () => {
  test('never allows inline scripts wholesale, and says who may frame only when asked', () => {
    const p = policy([]);
    expect(p).toContain("script-src 'self'");
    expect(p).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(p).not.toContain('frame-ancestors');
    expect(policy([], { frameAncestors: '*' })).toContain('frame-ancestors *');
  });
});

describe('secureDist', () => {
  test('embed pages may be framed anywhere, other pages nowhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-csp-'));
    mkdirSync(join(dir, 'embed/x'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<html><head><meta charset="utf-8"></head><body></body></html>');
    writeFileSync(
      join(dir, 'embed/x/index.html'),
      '<html><head><meta charset="utf-8"></head><body></body></html>',
    );
    const headers = secureDist(dir, '/');
    expect(headers).toMatch(/^\/\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/m);
    expect(headers).toMatch(/^\/embed\/x\/\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/m);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
      '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"',
    );
  });

  test('the built site carries a CSP meta on every page and a _headers file', () => {
    expect(readDist('index.html')).toContain('http-equiv="Content-Security-Policy"');
    expect(readDist('_headers')).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('in Chromium, the meta policy', () => {
  let server: StaticServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dz-csp-browser-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><script>document.body.dataset.ours = "ran";</script></body></html>',
    );
    secureDist(dir, '/');
    // Content injected after the build (as an attacker would through data) carries no hash.
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
      '</body>',
      '<script>document.body.dataset.injected = "ran";</script><img src="x" onerror="document.body.dataset.handler = \'ran\'"></body>',
    );
    writeFileSync(join(dir, 'index.html'), html);
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('runs the build’s own inline script and blocks injected scripts and event handlers', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective),
      );
    });
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.body.dataset.ours === 'ran');
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    const data = await page.evaluate(() => ({ ...document.body.dataset }));
    await browser.close();
    expect(data).toEqual({ ours: 'ran' });
  });
});
