import { expect, test } from 'vitest';
import { citation } from '../../src/reuse/citation.ts';
import { embedSnippet } from '../../src/reuse/snippet.ts';

const snippet = embedSnippet({
  id: 'departments',
  title: 'What "departments" <said>',
  pageUrl: 'https://example.org/embed/departments/',
  scriptUrl: 'https://example.org/embed.js',
  image: { url: 'https://example.org/embed/departments/chart.png', width: 632, height: 780 },
  alt: 'Alt & text',
  height: 640,
});

test('the iframe is titled, lazy, full width and starts at the chart’s default height', () => {
  expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/departments\/"/);
  expect(snippet).toContain('title="What &quot;departments&quot; &lt;said&gt;"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('height="640"');
  expect(snippet).toContain('width:100%');
});

test('the host script and a no-script image come with it', () => {
  expect(snippet).toContain('<script src="https://example.org/embed.js" async></script>');
  expect(snippet).toMatch(
    /<noscript><img src="https:\/\/example\.org\/embed\/departments\/chart\.png" alt="Alt &amp; text" width="632" height="780"/,
  );
});

test('a citation never doubles the full stop after an abbreviated year', () => {
  const facts = {
    id: 'x',
    title: 'Басқармалар не хабарлады, 2018 ж.',
    subtitle: '',
    siteName: 'Цифрлық Жамбыл',
    sources: [],
    sourceQuotes: [],
    sourceLabel: 'Дереккөз',
    sourceLine: '«Цифрлық қазақстан» бағдарламасына бейжай қарауға болмайды, 2018 ж.',
    dataAsOf: null,
    version: '0ec97de',
    notes: [],
  };
  const { before, after } = citation('kk', facts, 'https://example.org/embed/x/');
  expect(`${before}DATE${after}`).toBe(
    '«Басқармалар не хабарлады, 2018 ж.» // Цифрлық Жамбыл. Дереккөз: «Цифрлық қазақстан» бағдарламасына бейжай қарауға болмайды, 2018 ж. Деректер нұсқасы: 0ec97de. URL: https://example.org/embed/x/ (қаралған күні: DATE).',
  );
});
