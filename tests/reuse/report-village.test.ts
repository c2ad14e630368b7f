import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { reportEmail } from '../../src/reuse/report-config.ts';
import { REPORT_FIELDS, REPORT_TEMPLATES, reportVillageUrl } from '../../src/reuse/report-village.ts';

const REPO = 'https://github.com/owner/repo';
const formOf = (lang: (typeof LANGS)[number]) =>
  readFileSync(new URL(`../../.github/ISSUE_TEMPLATE/${REPORT_TEMPLATES[lang]}`, import.meta.url), 'utf8');
/** The `id:` of each form field, in order (GitHub forms are YAML; the ids are plain words). */
const fieldIds = (form: string) => [...form.matchAll(/^\s+id: ([a-z_-]+)$/gm)].map((m) => m[1]);

describe('reportVillageUrl(repoUrl, lang, village?)', () => {
  test('opens the form of the page language, prefilled with the village and its district', () => {
    const url = new URL(
      reportVillageUrl(REPO, 'kk', { name: 'Қаракемер', district: 'Жамбыл ауданы' }) ?? 'about:blank',
    );
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('report-village-kk.yml');
    expect(url.searchParams.get('settlement')).toBe('Қаракемер');
    expect(url.searchParams.get('district')).toBe('Жамбыл ауданы');
    expect(url.searchParams.get('title')).toBe('Ауыл туралы хабар: Қаракемер (Жамбыл ауданы)');
  });

  test('each language has its own form', () => {
    const templates = LANGS.map((lang) =>
      new URL(reportVillageUrl(REPO, lang) ?? '').searchParams.get('template'),
    );
    expect(new Set(templates).size).toBe(LANGS.length);
  });

  test('without a village it opens the empty form; without a repository there is no link', () => {
    const url = new URL(reportVillageUrl(`${REPO}/`, 'en') ?? '');
    expect(url.pathname).toBe('/owner/repo/issues/new');
    expect(url.searchParams.has('settlement')).toBe(false);
    expect(reportVillageUrl(null, 'ru', { name: 'x', district: 'y' })).toBeNull();
  });

  test('names that need escaping survive the round trip', () => {
    const name = 'A&B=C?#«Ы»';
    const url = new URL(reportVillageUrl(REPO, 'ru', { name, district: 'd' }) ?? '');
    expect(url.searchParams.get('settlement')).toBe(name);
  });
});

describe('the issue forms in .github/ISSUE_TEMPLATE', () => {
  for (const lang of LANGS) {
    test(`${lang}: has the fields the links fill in and the fields the issue asks for`, () => {
      const ids = fieldIds(formOf(lang));
      expect(ids).toEqual(
        expect.arrayContaining([
          REPORT_FIELDS.settlement,
          REPORT_FIELDS.district,
          'connection',
          'operator',
          'since',
          'evidence',
          'contact',
        ]),
      );
    });
  }

  test('the three forms ask the same questions (same field ids, in the same order)', () => {
    const [first, ...rest] = LANGS.map((lang) => fieldIds(formOf(lang)));
    for (const ids of rest) expect(ids).toEqual(first);
  });
});

describe('reportEmail(env)', () => {
  test('is read from REPORT_EMAIL; without it there is none', () => {
    expect(reportEmail({ REPORT_EMAIL: ' reports@example.org ' })).toBe('reports@example.org');
    expect(reportEmail({})).toBeNull();
    expect(reportEmail({ REPORT_EMAIL: '' })).toBeNull();
  });

  test('refuses what is not an address, saying what to write', () => {
    expect(() => reportEmail({ REPORT_EMAIL: 'javascript:alert(1)' })).toThrow(/name@example\.org/);
    expect(() => reportEmail({ REPORT_EMAIL: 'a@b.org?subject=x"' })).toThrow(/not an e-mail address/);
  });
});
