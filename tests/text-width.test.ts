import { expect, test } from 'vitest';
import { textWidth, wrapText } from '../src/text-width.ts';

test('textWidth() grows with the text, the font size and boldness', () => {
  expect(textWidth('Білім басқармасы', 12)).toBeGreaterThan(textWidth('Білім', 12));
  expect(textWidth('Білім', 24)).toBeCloseTo(2 * textWidth('Білім', 12));
  expect(textWidth('Білім', 12, true)).toBeGreaterThan(textWidth('Білім', 12));
});

test('wrapText() keeps every line within the width and every word in order', () => {
  const text = 'Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы';
  const lines = wrapText(text, 160, 13);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(160);
  expect(lines.join(' ')).toBe(text);
});

test('wrapText() gives a word longer than the line a line of its own', () => {
  expect(wrapText('a Қызылорда b', 20, 12)).toEqual(['a', 'Қызылорда', 'b']);
});
