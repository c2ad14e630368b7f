/**
 * Numbers and dates for readers, through Intl in the page's language. "Not reported" is a value
 * of its own here: it is spelled out, never printed as 0 or a dash.
 */
import type { DatePoint, PartialDate } from '../data/partial-date.ts';
import { NOT_REPORTED } from '../data/schema.ts';
import type { Lang, Reported } from '../model/types.ts';
import { INTL_LOCALE } from './locales.ts';
import { t } from './ui.ts';

/** How the reader's date is written in a citation: numeric where the language's style wants it. */
export const ACCESS_DATE_FORMAT: Readonly<Record<Lang, Intl.DateTimeFormatOptions>> = {
  kk: { day: '2-digit', month: '2-digit', year: 'numeric' },
  ru: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'long', year: 'numeric' },
};

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** `percent` is on the 0–100 scale, as in the data. */
export function formatPercent(lang: Lang, percent: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

export function formatReported(lang: Lang, value: Reported<number>): string {
  return value === NOT_REPORTED ? t(lang, 'value.notReported') : formatNumber(lang, value);
}

function formatPoint(lang: Lang, point: DatePoint): string {
  // Intl prints a bare year without the "ж." / "г." that Kazakh and Russian dates carry.
  if (point.month === undefined) return t(lang, 'date.year', { year: point.year });
  const locale = INTL_LOCALE[lang];
  const utc = new Date(Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    point.day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(utc);
}

/** `2018` → "2018 ж." (kk), "2018 г." (ru), "2018" (en); intervals as "start – end". */
export function formatPartialDate(lang: Lang, date: Reported<PartialDate>): string {
  if (date === NOT_REPORTED) return t(lang, 'date.notReported');
  if (!date.end) return formatPoint(lang, date.start);
  return `${formatPoint(lang, date.start)} – ${formatPoint(lang, date.end)}`;
}
