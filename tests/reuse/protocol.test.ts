/**
 * The host script is small and speaks the protocol's names; that it resizes the right frame, from
 * another origin and inside a sandbox, is tested in a browser (tests/browser/embed.test.ts).
 */
import { expect, test } from 'vitest';
import { HOST_SCRIPT_SOURCE } from '../../src/reuse/host-script.ts';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../src/reuse/protocol.ts';

test('embed.js stays under 1 KB', () => {
  expect(Buffer.byteLength(HOST_SCRIPT_SOURCE)).toBeLessThan(1024);
});

test('embed.js asks loaded frames for their height and resizes only the frame that answers', () => {
  const asked: unknown[] = [];
  const frame = { contentWindow: { postMessage: (m: unknown) => asked.push(m) }, style: { height: '' } };
  let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
  const w = {
    addEventListener: (_: string, fn: typeof listener) => {
      listener = fn;
    },
  };
  const document = { getElementsByTagName: () => [frame] };
  new Function('window', 'document', HOST_SCRIPT_SOURCE)(w, document);
  expect(asked).toEqual([{ [HEIGHT_REQUEST]: 1 }]);
  listener?.({ data: { [HEIGHT_MESSAGE]: { id: 'x', height: 321.2 } }, source: {} });
  expect(frame.style.height).toBe('');
  listener?.({ data: { [HEIGHT_MESSAGE]: { id: 'x', height: 321.2 } }, source: frame.contentWindow });
  expect(frame.style.height).toBe('322px');
});
