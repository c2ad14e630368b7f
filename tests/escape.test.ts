import { expect, test } from 'vitest';
import { escapeHtml } from '../src/escape.ts';

test('escapeHtml(text) leaves no markup', () => {
  expect(escapeHtml(`<img src=x onerror=alert(1)> & "q" 'a'`)).toBe(
    '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;',
  );
});
