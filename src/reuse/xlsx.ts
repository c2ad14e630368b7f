/**
 * Excel workbooks next to every CSV, for readers whose Excel opens a comma-separated file in one
 * column or turns "77.3" into a date (Kazakh and Russian regional settings expect ";" and ",").
 * Numbers are numeric cells; dates are text as precise as their source ("2022–2023 жж."), never
 * Excel dates, which would invent a day; a figure no source gives is the words "not reported" in the
 * page's language, never 0 or a blank. A second sheet lists the sources.
 *
 * write-excel-file stamps each zip entry with the time of the build; the workbook is re-packed with
 * one fixed time so that the same data always gives the same bytes (tests/build/reproducible.test.ts).
 */
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node';
import { formatPartialDate } from '../i18n/format.ts';
import { sourceDisplay, sourceName } from '../i18n/source-display.ts';
import { t } from '../i18n/ui.ts';
import type { Lang, Source } from '../model/types.ts';

type XlsxValue = string | number | null;

interface XlsxColumn {
  readonly key: string;
  readonly label: string;
}

export interface XlsxTable {
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly Readonly<Record<string, XlsxValue>>[];
}

/** Zip entry time: local midnight, 1 January 2000, so the DOS date fields are the same in every zone. */
const FIXED_TIME = new Date(2000, 0, 1);

/** Excel forbids these in sheet names and cuts names at 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

function cell(value: XlsxValue, missing: string) {
  if (typeof value === 'number' && Number.isFinite(value)) return { type: Number, value };
  return { type: String, value: typeof value === 'string' ? value : missing };
}

/** Column widths in characters, from the longest text in each column, within reason. */
function widths(rows: readonly Row[]): { width: number }[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => {
    const longest = Math.max(
      8,
      ...rows.map((r) => {
        const c = r[i];
        const v = c && typeof c === 'object' && 'value' in c ? c.value : c;
        return String(v ?? '').length;
      }),
    );
    return { width: Math.min(60, longest + 2) };
  });
}

function sourcesSheet(lang: Lang, sources: readonly Source[]): Row[] {
  const header = [
    'xlsx.source.id',
    'xlsx.source.title',
    'xlsx.source.publisher',
    'xlsx.source.url',
    'xlsx.source.date',
  ] as const;
  return [
    header.map((key) => ({ type: String, value: t(lang, key), fontWeight: 'bold' as const })),
    ...sources.map((s) => {
      const d = sourceDisplay(lang, s);
      return [
        s.id,
        sourceName(lang, s),
        d.publisher ?? '',
        s.url ?? '',
        formatPartialDate(lang, s.published),
      ].map((value) => ({ type: String, value }));
    }),
  ];
}

/** The workbook's bytes: the table on the first sheet, its sources on the second. */
export async function toXlsx(
  lang: Lang,
  table: XlsxTable,
  sources: readonly Source[],
): Promise<Uint8Array<ArrayBuffer>> {
  const missing = t(lang, 'value.notReported');
  const data: Row[] = [
    table.columns.map((c) => ({ type: String, value: c.label, fontWeight: 'bold' as const })),
    ...table.rows.map((row) => table.columns.map((c) => cell(row[c.key] ?? null, missing))),
  ];
  const listed = sourcesSheet(lang, sources);
  const sheets: Sheet<never>[] = [
    { data, sheet: sheetName(t(lang, 'xlsx.sheet.data')), columns: widths(data), stickyRowsCount: 1 },
    {
      data: listed,
      sheet: sheetName(t(lang, 'source.sources')),
      columns: widths(listed),
      stickyRowsCount: 1,
    },
  ];
  const written = await writeXlsxFile(sheets).toBuffer();
  const entries = unzipSync(new Uint8Array(written));
  return zipSync(
    Object.fromEntries(
      Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: FIXED_TIME }]]),
    ),
    { level: 9 },
  );
}

export { XLSX_TYPE } from './xlsx-type.ts';
