/**
 * The Excel downloads, read back from their bytes: numbers are numeric cells, "not reported" is
 * words (never 0 or blank), dates are text, sources are on a second sheet in the page's language,
 * and the same data gives the same bytes. The built site offers one next to every CSV.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import { REGISTRY as EMBEDDABLES } from '../../../src/charts/registry.ts';
import { LANGS, localePath } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/ui.ts';
import { NO_SOURCE_STRINGS, type Source } from '../../../src/model/types.ts';
import { embedPaths, VILLAGES_XLSX } from '../../../src/reuse/urls.ts';
import { toXlsx } from '../../../src/reuse/xlsx.ts';
import { DIST } from '../../helpers/dist.ts';

interface ReadCell {
  readonly ref: string;
  readonly numeric: boolean;
  readonly value: string;
}

const xmlText = (s: string) =>
  s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The cells of each sheet, by sheet name, resolving shared strings: a minimal reader of the XML. */
function readWorkbook(bytes: Uint8Array): Map<string, ReadCell[][]> {
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>(?:<t[^>]*>([\s\S]*?)<\/t>)?<\/si>/g)].map(
    (m) => xmlText(m[1] ?? ''),
  );
  const names = [...xml('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) =>
    xmlText(m[1] ?? ''),
  );
  return new Map(
    names.map((name, i) => {
      const rows = [...xml(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map(
        (row) =>
          [...(row[1] ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([\s\S]*?)<\/v>)?<\/c>/g)].map((c) => {
            const isString = /t="s"/.test(c[2] ?? '');
            const raw = c[3] ?? '';
            return {
              ref: c[1] ?? '',
              numeric: !isString,
              value: isString ? (shared[Number(raw)] ?? '') : raw,
            };
          }),
      );
      return [name, rows];
    }),
  );
}

const source: Source = {
  id: 'fixture-source',
  title: 'Fixture title',
  publisher: 'example.org',
  url: 'https://example.org/a',
  language: 'en',
  published: 'not-reported',
  accessed: 'not-reported',
  notes: null,
  titleIsDescription: false,
  strings: NO_SOURCE_STRINGS,
};
const table = {
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'value', label: 'Value' },
    { key: 'date', label: 'Date' },
  ],
  rows: [
    { name: 'A', value: 64.2, date: '2022 – September 2023' },
    { name: 'B', value: null, date: '2018' },
  ],
};

describe('toXlsx', () => {
  test('writes numbers as numbers, "not reported" as words, dates as text', async () => {
    const sheets = readWorkbook(await toXlsx('ru', table, [source]));
    const data = sheets.get(t('ru', 'xlsx.sheet.data')) ?? [];
    expect(data[0]?.map((c) => c.value)).toEqual(['Name', 'Value', 'Date']);
    expect(data[1]?.[1]).toMatchObject({ numeric: true, value: '64.2' });
    expect(data[2]?.[1]).toMatchObject({ numeric: false, value: t('ru', 'value.notReported') });
    expect(data[1]?.[2]).toMatchObject({ numeric: false, value: '2022 – September 2023' });
  });

  test('lists the sources on a second sheet named in the page language', async () => {
    const sheets = readWorkbook(await toXlsx('kk', table, [source]));
    expect([...sheets.keys()]).toEqual([t('kk', 'xlsx.sheet.data'), t('kk', 'source.sources')]);
    const listed = sheets.get(t('kk', 'source.sources')) ?? [];
    expect(listed[0]?.map((c) => c.value)).toEqual([
      t('kk', 'xlsx.source.id'),
      t('kk', 'xlsx.source.title'),
      t('kk', 'xlsx.source.publisher'),
      t('kk', 'xlsx.source.url'),
      t('kk', 'xlsx.source.date'),
    ]);
    expect(listed[1]?.map((c) => c.value).slice(0, 4)).toEqual([
      'fixture-source',
      'Fixture title',
      'example.org',
      'https://example.org/a',
    ]);
  });

  test('gives the same bytes for the same data, whatever the time of the build', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
      const first = await toXlsx('en', table, [source]);
      vi.setSystemTime(new Date('2031-07-15T18:30:00Z'));
      expect(Buffer.from(await toXlsx('en', table, [source])).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the built site', () => {
  const files = LANGS.flatMap((lang) => [
    ...EMBEDDABLES.map((e) => embedPaths(lang, e.chart.id).xlsx),
    localePath(lang, VILLAGES_XLSX),
  ]);
  test.each(files)('%s opens with a numeric cell under a header', (path) => {
    const file = join(DIST, path);
    expect(existsSync(file), `${file} is missing: build first`).toBe(true);
    const sheets = readWorkbook(new Uint8Array(readFileSync(file)));
    const [data] = [...sheets.values()];
    expect(data?.[0]?.every((c) => !c.numeric)).toBe(true);
    expect(data?.slice(1).some((row) => row.some((c) => c.numeric && Number.isFinite(Number(c.value))))).toBe(
      true,
    );
    expect(sheets.size).toBe(2);
  });
});
