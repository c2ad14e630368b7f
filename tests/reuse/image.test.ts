import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../src/escape.ts';
import { composeImage, IMAGE_FONT_STACK, lightOnly } from '../../src/reuse/image.ts';
import { resvgOptions } from '../../src/reuse/png.ts';

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

describe('composeImage wraps its text inside the card', () => {
  // Measured with the fonts the PNG is drawn in: a bold title wrapped as if it were regular runs off the card.
  const title = 'Internet in the settlements of a region far away, as reported over the years by the press';
  const image = composeImage(chart, { title, subtitle: '', footer: [] });
  const lines = [...image.svg.matchAll(/<text [^>]*font-size="18"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => m[1] ?? '',
  );

  test('the title wraps into several lines, every word kept', () => {
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
  });

  test.each(lines.map((line, i) => [i + 1, line] as const))(
    'title line %i ends before the right margin',
    (_, line) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="40"><text x="16" y="30" font-size="18" font-weight="bold" font-family="DejaVu Sans">${escapeHtml(line)}</text></svg>`;
      const box = new Resvg(svg, resvgOptions(1)).getBBox();
      expect(box).toBeDefined();
      expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(image.width - 16);
    },
  );
});
