/**
 * One file per language in src/i18n/locales/, with kk.ts the reference: ru.ts and en.ts hold the same
 * keys and, per key, the same {placeholders}. The type checker says so too (`translation()`); this
 * test says it in words a translator can act on, catches a brace `t()` would not fill, and finds a
 * key no code uses any more (knip sees unused exports, not unused keys).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/locales/en.ts';
import { kk } from '../../src/i18n/locales/kk.ts';
import { ru } from '../../src/i18n/locales/ru.ts';
import { t } from '../../src/i18n/ui.ts';

type Messages = Readonly<Record<string, string>>;

/** The `{names}` `t()` fills, sorted; the same pattern as in src/i18n/ui.ts. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** Every way `messages` (in `lang`) differs from the Kazakh reference, one plain sentence each. */
function differences(reference: Messages, lang: string, messages: Messages): string[] {
  const found: string[] = [];
  for (const key of Object.keys(reference))
    if (!(key in messages)) found.push(`${lang}.ts has no "${key}": translate it from kk.ts`);
  for (const [key, text] of Object.entries(messages)) {
    const kazakh = reference[key];
    if (kazakh === undefined) {
      found.push(`${lang}.ts has "${key}", which kk.ts does not: remove it, or add it to kk.ts`);
      continue;
    }
    const want = placeholders(kazakh);
    const have = placeholders(text);
    if (want.join() !== have.join())
      found.push(
        `${lang}.ts "${key}" has ${have.map((p) => `{${p}}`).join(' ') || 'no placeholder'}, ` +
          `kk.ts has ${want.map((p) => `{${p}}`).join(' ') || 'none'}: use the same names`,
      );
  }
  return found;
}

/** Braces that are not a `{name}`: `t()` would print them as they stand. */
function strayBraces(lang: string, messages: Messages): string[] {
  return Object.entries(messages)
    .filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))
    .map(([key, text]) => `${lang}.ts "${key}" has a brace that is not a {name}: ${text}`);
}

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('%s.ts against kk.ts', (lang, messages) => {
  test('the same keys, and per key the same {placeholders}', () => {
    expect(differences(kk, lang, messages)).toEqual([]);
  });
});

test('every brace in every language is a {placeholder}', () => {
  expect([...strayBraces('kk', kk), ...strayBraces('ru', ru), ...strayBraces('en', en)]).toEqual([]);
});

test('the check names the key and the language of each difference', () => {
  const reference = { 'a.title': 'Тақырып {region}', 'a.note': 'Ескерту', 'a.gone': 'Жоқ' };
  const broken = { 'a.title': 'Заголовок {regin}', 'a.note': 'Примечание {n}', 'a.extra': 'Лишний' };
  expect(differences(reference, 'ru', broken)).toEqual([
    'ru.ts has no "a.gone": translate it from kk.ts',
    'ru.ts "a.title" has {regin}, kk.ts has {region}: use the same names',
    'ru.ts "a.note" has {n}, kk.ts has none: use the same names',
    'ru.ts has "a.extra", which kk.ts does not: remove it, or add it to kk.ts',
  ]);
  expect(strayBraces('en', { 'a.b': 'Digital {region', 'a.c': '{n} of {total}' })).toEqual([
    'en.ts "a.b" has a brace that is not a {name}: Digital {region',
  ]);
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

test('every key of kk.ts is used somewhere in src/', () => {
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
