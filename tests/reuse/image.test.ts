import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/escape.ts';
import { composeImage, IMAGE_FONT_STACK, lightOnly } from '../../src/reuse/image.ts';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" class="dzc" fill="currentColor" font-family="system-ui, sans-serif" font-size="12" width="600" height="200" viewBox="0 0 600 200" style="max-width:100%;height:auto"><style>.dzc{color:#1a1a1a}@media (prefers-color-scheme:dark){.dzc{color:#ececec}.dzc .c-online{fill:#56b4e9}}</style><rect width="10" height="10"/></svg>';

describe('lightOnly', () => {
  test('drops the dark-scheme rules, keeping the rest of the stylesheet', () => {
    expect(lightOnly(chart)).toContain('<style>.dzc{color:#1a1a1a}</style>');
    expect(lightOnly(chart)).not.toContain('prefers-color-scheme');
  });
});

describe('composeImage', () => {
  const image = composeImage(chart, {
    title: 'Title with <tags> & "quotes"',
    subtitle: 'Subtitle',
    footer: ['Source: a', 'Data as of 2018'],
  });

  test('frames the chart with padding and grows to fit title and footer', () => {
    expect(image.width).toBe(632);
    expect(image.height).toBeGreaterThan(200 + 23 + 18 + 2 * 15);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}"`);
  });

  test('escapes text and names a font stack that starts with DejaVu Sans', () => {
    expect(image.svg).toContain('Title with &lt;tags&gt; &amp; &quot;quotes&quot;');
    expect(image.svg).toContain(`font-family="${escapeHtml(IMAGE_FONT_STACK)}"`);
    expect(IMAGE_FONT_STACK.startsWith("'DejaVu Sans'")).toBe(true);
  });

  test('keeps the chart on a white card in light colours, without page CSS', () => {
    expect(image.svg).toContain('fill="#ffffff"');
    expect(image.svg).not.toContain('max-width');
    expect(image.svg).not.toContain('prefers-color-scheme');
  });
});
