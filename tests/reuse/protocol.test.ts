/** The two hand-written scripts and the constants that describe their contract must agree. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DATAWRAPPER_MESSAGE, HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../src/reuse/protocol.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const host = readFileSync(resolve(ROOT, 'public/embed.js'), 'utf8');
const layout = readFileSync(resolve(ROOT, 'src/layouts/EmbedLayout.astro'), 'utf8');

test('embed.js stays under 1 KB', () => {
  expect(Buffer.byteLength(host)).toBeLessThan(1024);
});

test('embed.js listens for our message and asks loaded frames to send it again', () => {
  expect(host).toContain(`'${HEIGHT_MESSAGE}'`);
  expect(host).toContain(`'${HEIGHT_REQUEST}'`);
});

test('embed.js resizes only the iframe that sent the message, never by origin', () => {
  expect(host).toContain('.contentWindow === e.source');
  expect(host).not.toMatch(/\.origin\b/);
});

test('the embed page sends our message and Datawrapper’s, and answers the request', () => {
  for (const name of [HEIGHT_MESSAGE, HEIGHT_REQUEST, DATAWRAPPER_MESSAGE])
    expect(layout).toContain(`'${name}'`);
});
