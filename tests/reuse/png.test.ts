import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { pngSize, renderPng, resvgOptions } from '../../src/reuse/png.ts';

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="system-ui, sans-serif">${text}</text></svg>`;

describe('renderPng', () => {
  test('draws at twice the size by default, as a valid PNG', () => {
    const png = renderPng(svg('Қазақ'));
    expect(png).toMatchObject({ width: 400, height: 80 });
    expect(pngSize(png.bytes)).toEqual({ width: 400, height: 80 });
  });

  test('draws the Kazakh letters from the bundled fonts, whatever the machine has', () => {
    // resvg turns text into glyph outlines; a letter the fonts lack becomes the .notdef box (tofu).
    const textOnly = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="28" font-size="20" font-family="system-ui, sans-serif">${text}</text></svg>`;
    const outline = (text: string, options = resvgOptions(1)) =>
      new Resvg(textOnly(text), options).toString().match(/<path[^>]*\bd="[^"]+"/g) ?? [];
    const tofu = outline('\ue000');
    expect(tofu).toHaveLength(1);
    const letters = [...'ӘҒҚҢӨҰҮҺІәғқңөұүһі'];
    const shapes = letters.map((letter) => outline(letter).join(''));
    for (const [i, shape] of shapes.entries()) {
      expect(shape, letters[i]).not.toBe('');
      expect(shape, letters[i]).not.toBe(tofu.join(''));
    }
    expect(new Set(shapes).size).toBe(letters.length);
    // Without the bundled files nothing is drawn: the machine's fonts are never asked.
    const none = resvgOptions(1);
    expect(outline('әғқ', { ...none, font: { ...none.font, fontFiles: [] } })).toEqual([]);
  });

  test('is deterministic: the same SVG gives the same bytes', () => {
    expect(renderPng(svg('Жамбыл')).bytes).toEqual(renderPng(svg('Жамбыл')).bytes);
  });
});

describe('pngSize', () => {
  test('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg></svg> and more bytes to pass the length'))).toBeNull();
  });
});
