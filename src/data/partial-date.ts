/**
 * Dates as precise as their source: a year, a month, a day, or an interval of two of those.
 * A source that says "2018" must never be shown as "1 January 2018".
 */

export type Precision = 'year' | 'month' | 'day';

export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface PartialDate {
  /** The text as written in the data, e.g. `2023/2024-09`. */
  readonly text: string;
  readonly start: DatePoint;
  /** Set only for intervals. */
  readonly end?: DatePoint;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePoint(text: string): DatePoint | null {
  const m = POINT.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}

export function precisionOf(point: DatePoint): Precision {
  if (point.day !== undefined) return 'day';
  if (point.month !== undefined) return 'month';
  return 'year';
}

/** First and last calendar day a point covers, as `YYYY-MM-DD`; used for ordering and for drawing. */
function pointBounds(point: DatePoint): { first: string; last: string } {
  const y = String(point.year).padStart(4, '0');
  if (point.month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const m = String(point.month).padStart(2, '0');
  if (point.day === undefined) {
    const lastDay = new Date(Date.UTC(point.year, point.month, 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${lastDay}` };
  }
  const d = `${y}-${m}-${String(point.day).padStart(2, '0')}`;
  return { first: d, last: d };
}

/** Returns null when the text is not a partial date; callers turn that into a located error. */
export function parsePartialDate(text: string): PartialDate | null {
  const parts = text.split('/');
  if (parts.length > 2) return null;
  const start = parsePoint(parts[0] ?? '');
  if (!start) return null;
  if (parts.length === 1) return { text, start };
  const end = parsePoint(parts[1] ?? '');
  if (!end) return null;
  if (pointBounds(start).first > pointBounds(end).first) return null;
  return { text, start, end };
}

/** The span a partial date covers, from the first day of its start to the last day of its end. */
export function dateSpan(date: PartialDate): { first: string; last: string } {
  return { first: pointBounds(date.start).first, last: pointBounds(date.end ?? date.start).last };
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.first < sb.first
    ? -1
    : sa.first > sb.first
      ? 1
      : sa.last < sb.last
        ? -1
        : sa.last > sb.last
          ? 1
          : 0;
}
