import { describe, expect, test } from 'vitest';
import { pngSize, renderPng } from '../../src/reuse/png.ts';

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="system-ui, sans-serif">${text}</text></svg>`;

describe('renderPng', () => {
  test('draws at twice the size by default, as a valid PNG', () => {
    const png = renderPng(svg('Қазақ'));
    expect(png).toMatchObject({ width: 400, height: 80 });
    expect(pngSize(png.bytes)).toEqual({ width: 400, height: 80 });
  });

  test('draws the Kazakh letters from the bundled fonts, whatever the machine has', () => {
    const blank = renderPng(svg('')).bytes;
    const kazakh = renderPng(svg('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).bytes;
    expect(kazakh.length).toBeGreaterThan(blank.length + 500);
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
