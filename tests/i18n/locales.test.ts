/**
 * One JSON file per language in src/i18n/locales/, with kk.json the reference: ru.json and en.json hold
 * the same keys and, per key, the same {placeholders}. `checkLocale()` says so in words a translator
 * can act on, with the line, for the build's report and here; this test also finds a key no code uses
 * any more (knip sees unused exports, not unused keys).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import kk from '../../src/i18n/locales/kk.json' with { type: 'json' };
import ru from '../../src/i18n/locales/ru.json' with { type: 'json' };
import { checkLocale, placeholderTypes } from '../../src/i18n/translation.ts';
import { t } from '../../src/i18n/ui.ts';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');

describe.each(['kk', 'ru', 'en'])('%s.json against kk.json', (lang) => {
  test('the same keys, per key the same {placeholders}, and no stray brace', () => {
    const file = `${lang}.json`;
    expect(checkLocale(kk, file, readFileSync(join(LOCALES, file), 'utf8'))).toEqual([]);
  });
});

test('the check names the key, the line and the language of each difference', () => {
  const reference = { 'a.title': 'Тақырып {region}', 'a.note': 'Ескерту', 'a.gone': 'Жоқ', 'a.b': 'Б' };
  const broken = [
    '{',
    '  "a.title": "Заголовок {regin}",',
    '  "a.note": "Примечание {n}",',
    '  "a.extra": "Лишний",',
    '  "a.b": "Digital {region"',
    '}',
  ].join('\n');
  expect(checkLocale(reference, 'ru.json', broken)).toEqual([
    { line: 1, message: 'ru.json has no "a.gone": translate it from kk.json' },
    { line: 2, message: '"a.title" has {regin}, kk.json has {region}: use the same names' },
    { line: 3, message: '"a.note" has {n}, kk.json has none: use the same names' },
    { line: 4, message: 'ru.json has "a.extra", which kk.json does not: remove it, or add it to kk.json' },
    { line: 5, message: '"a.b" has a brace that is not a {name}: Digital {region' },
  ]);
});

test('JSON an editor broke is reported at its line, in words that say how to mend it', () => {
  const reference = { 'a.title': 'Тақырып', 'a.note': 'Ескерту' };
  const missingComma = '{\n  "a.title": "Заголовок"\n  "a.note": "Примечание"\n}';
  const straightQuote = '{\n  "a.title": "Заголовок",\n  "a.note": "Так называемый "цифровой" район"\n}';
  for (const text of [missingComma, straightQuote]) {
    const problems = checkLocale(reference, 'ru.json', text);
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^not valid JSON /) }]);
    expect(problems[0]?.message).toContain('a " inside a text is written \\"');
  }
});

test('the placeholder types are those of kk.json (npm run i18n:types writes them)', () => {
  const written = readFileSync(join(import.meta.dirname, '../../src/i18n/placeholders.ts'), 'utf8');
  expect(written, 'src/i18n/placeholders.ts is stale: run npm run i18n:types').toBe(placeholderTypes(kk));
  expect(placeholderTypes({ 'a.b': '{n} of {total}', 'a.c': 'none' })).toContain(
    "  'a.b': 'n' | 'total';\n}",
  );
});

test('t() reads each language from its own file', () => {
  expect(t('kk', 'nav.data')).toBe(kk['nav.data']);
  expect(t('ru', 'nav.data')).toBe(ru['nav.data']);
  expect(t('en', 'nav.data')).toBe(en['nav.data']);
  expect(new Set([kk['nav.data'], ru['nav.data'], en['nav.data']]).size).toBe(3);
});

/** Keys the code names: as a string (`'site.name'`), or by a prefix it completes at run time (`map.status.${s}`). */
function keysNamedIn(code: string, keys: readonly string[]): Set<string> {
  const prefixes = [...code.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1] ?? '');
  const named = (key: string) => ["'", '"', '`'].some((quote) => code.includes(`${quote}${key}${quote}`));
  return new Set(keys.filter((key) => named(key) || prefixes.some((prefix) => key.startsWith(prefix))));
}

test('every key of kk.json is used somewhere in src/', () => {
  const src = join(import.meta.dirname, '../../src');
  const code = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mdoc|mjs)$/.test(file) && !file.startsWith(join('i18n', 'locales')))
    .map((file) => readFileSync(join(src, file), 'utf8'))
    .join('\n');
  const used = keysNamedIn(code, Object.keys(kk));
  expect(Object.keys(kk).filter((key) => !used.has(key))).toEqual([]);
});

test('a key counts as used when named whole or completed from a prefix, not when only a longer key is', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: code quoted as text, not a template
  const code = "t(lang, 'a.title'); t(lang, `a.status.${s}`); t(lang, 'b.note.long');";
  expect([...keysNamedIn(code, ['a.title', 'a.status.ok', 'b.note', 'c.gone'])]).toEqual([
    'a.title',
    'a.status.ok',
  ]);
});
