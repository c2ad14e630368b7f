/**
 * Chart `departments`: for every department, every year a source reported on it, oldest first: the
 * kinds of service said to be online, still on paper, and in all. Each year is a small group of
 * rows under its date, so the first figures stay in view when later ones arrive; where two years
 * give the same figure, the change is written out ("11 → 24"). A figure no source gave is written
 * "not reported" where its bar would be; a year with no figures at all gets one line with its status.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { PartialDate } from '../data/partial-date.ts';
import { formatNumber, formatPartialDate, formatPercent } from '../i18n/format.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import {
  type DepartmentEntry,
  departmentEntries,
  hasCounts,
  isReported,
  MEASURES,
  type Measure,
  type PartMeasure,
  recordDates,
  shareOf,
  sharesPossible,
} from '../model/department-entries.ts';
import { siteRegion } from '../model/queries.ts';
import { departmentChanges } from '../model/story-facts.ts';
import type { DigitizationRecord, Lang, Model } from '../model/types.ts';
import type { ChartDefinition, ChartTable, ChartView } from './definition.ts';
import { WIDE } from './definition.ts';
import { hitAreas, lines } from './marks.ts';
import { fillClass, PALETTE, type Role } from './palette.ts';
import { keyed, renderSvg } from './render-svg.ts';
import { textWidth, wrapText } from './text-metrics.ts';

type View = 'counts' | 'shares';

const MEASURE_KEY: Readonly<Record<Measure, UiKey>> = {
  digital: 'chart.measure.digital',
  notDigital: 'chart.measure.notDigital',
  total: 'chart.measure.total',
};
const MEASURE_ROLE: Readonly<Record<Measure, Role>> = {
  digital: 'online',
  notDigital: 'paper',
  total: 'total',
};
const PARTS: readonly PartMeasure[] = ['digital', 'notDigital'];

const NAME_SIZE = 13;
const NAME_LINE = 17;
const DATE_LINE = 17;
const NOTE_LINE = 15;
const ROW = 19;
const BAR = 11;
const GAP = 16;
/** Rows of one year sit under its date, indented so the date reads as their heading. */
const INDENT = 10;

const entriesOf = (model: Model) => departmentEntries(model, siteRegion(model));

function statusText(record: DigitizationRecord | null, lang: Lang): string | null {
  if (!record) return t(lang, 'chart.status.none');
  if (record.status === 'lagging') return t(lang, 'chart.status.lagging');
  if (record.status === 'no-figures') return t(lang, 'chart.status.noFigures');
  return null;
}

function valueText(lang: Lang, record: DigitizationRecord, measure: Measure): string {
  const v = record[measure];
  return isReported(v) ? formatNumber(lang, v) : t(lang, 'value.notReported');
}

function recordSummary(record: DigitizationRecord, lang: Lang): string {
  const date = formatPartialDate(lang, record.date);
  const status = statusText(record, lang);
  if (!hasCounts(record)) return `${date}: ${status ?? t(lang, 'value.notReported')}`;
  const parts = MEASURES.map((m) => `${t(lang, MEASURE_KEY[m])} ${valueText(lang, record, m)}`);
  return `${date}: ${parts.join(', ')}${status ? `; ${status}` : ''}`;
}

/** One sentence per department, every year in it: the tooltip, and a line of the SVG's description. */
export function departmentSummary(entry: DepartmentEntry, lang: Lang): string {
  const name = entry.department.names[lang];
  if (entry.records.length === 0) return `${name}: ${t(lang, 'chart.status.none')}.`;
  return `${name}: ${entry.records.map((r) => recordSummary(r, lang)).join('; ')}.`;
}

/** "Change 2018 → 2025: online 11 → 24", one line per pair of years, or none. */
function changeLines(entry: DepartmentEntry, lang: Lang, view: View): string[] {
  const byPair = new Map<string, { from: PartialDate; to: PartialDate; parts: string[] }>();
  const add = (from: DigitizationRecord, to: DigitizationRecord, part: string) => {
    const key = `${from.id}|${to.id}`;
    const pair = byPair.get(key) ?? { from: from.date, to: to.date, parts: [] };
    pair.parts.push(part);
    byPair.set(key, pair);
  };
  if (view === 'counts') {
    for (const c of departmentChanges(entry))
      add(
        c.from,
        c.to,
        `${t(lang, MEASURE_KEY[c.measure])} ${formatNumber(lang, c.fromValue)} → ${formatNumber(lang, c.toValue)}`,
      );
  } else {
    const withShares = entry.records.filter((r) => shareOf(r, 'digital') !== null);
    for (let i = 1; i < withShares.length; i++) {
      const from = withShares[i - 1];
      const to = withShares[i];
      if (!from || !to) continue;
      add(
        from,
        to,
        `${t(lang, MEASURE_KEY.digital)} ${formatPercent(lang, shareOf(from, 'digital') ?? 0)} → ${formatPercent(lang, shareOf(to, 'digital') ?? 0)}`,
      );
    }
  }
  return [...byPair.values()].map(
    (p) =>
      `${t(lang, 'chart.departments.change', { from: formatPartialDate(lang, p.from), to: formatPartialDate(lang, p.to) })}: ${p.parts.join('; ')}`,
  );
}

interface Layout {
  height: number;
  names: { key: string; y: number; text: string }[];
  dates: { key: string; y: number; text: string }[];
  labels: { key: string; y: number; text: string }[];
  bars: { key: string; y1: number; y2: number; value: number; role: Role }[];
  values: { key: string; y: number; value: number; text: string }[];
  /** Text standing where a figure would be; `indent` puts it where the bar would start. */
  missing: { key: string; y: number; text: string; indent: boolean }[];
  changes: { key: string; y: number; text: string }[];
  hits: { key: string; y1: number; y2: number; tip: string }[];
  max: number;
  labelWidth: number;
}

function layout(entries: readonly DepartmentEntry[], lang: Lang, width: number, view: View): Layout {
  const measures: readonly Measure[] = view === 'shares' ? PARTS : MEASURES;
  const labelWidth = Math.min(
    width * 0.4,
    INDENT + Math.max(...measures.map((m) => textWidth(t(lang, MEASURE_KEY[m]), 12))) + 10,
  );
  const out: Layout = {
    height: 0,
    names: [],
    dates: [],
    labels: [],
    bars: [],
    values: [],
    missing: [],
    changes: [],
    hits: [],
    max: 0,
    labelWidth,
  };
  const note = (key: string, y: number, text: string, indent: boolean) => {
    const wrapped = wrapText(text, width - INDENT - 24, 12);
    out.missing.push({
      key,
      y: y + ROW / 2 + ((wrapped.length - 1) * NOTE_LINE) / 2,
      text: lines(wrapped),
      indent,
    });
    return ROW + (wrapped.length - 1) * NOTE_LINE;
  };
  let y = 4;
  for (const entry of entries) {
    const key = entry.department.id;
    const top = y;
    const nameLines = wrapText(entry.department.names[lang], width - 28, NAME_SIZE, true);
    out.names.push({ key, y, text: lines(nameLines) });
    y += nameLines.length * NAME_LINE + 2;
    if (entry.records.length === 0) y += note(key, y, t(lang, 'chart.status.none'), false);
    for (const record of entry.records) {
      out.dates.push({ key, y: y + DATE_LINE / 2, text: formatPartialDate(lang, record.date) });
      y += DATE_LINE;
      const status = statusText(record, lang);
      const showRows = view === 'shares' ? isReported(record.total) : hasCounts(record);
      if (!showRows) {
        const text =
          view === 'shares' && hasCounts(record)
            ? t(lang, 'chart.noShare')
            : (status ?? t(lang, 'value.notReported'));
        y += note(key, y, text, false);
        continue;
      }
      if (status) y += note(key, y, status, false);
      for (const measure of measures) {
        const mid = y + ROW / 2;
        out.labels.push({ key, y: mid, text: t(lang, MEASURE_KEY[measure]) });
        const value = view === 'shares' ? shareOf(record, measure as PartMeasure) : record[measure];
        if (value !== null && isReported(value)) {
          out.bars.push({ key, y1: mid - BAR / 2, y2: mid + BAR / 2, value, role: MEASURE_ROLE[measure] });
          const text = view === 'shares' ? formatPercent(lang, value) : formatNumber(lang, value);
          out.values.push({ key, y: mid, value, text });
          out.max = Math.max(out.max, value);
        } else {
          out.missing.push({ key, y: mid, text: t(lang, 'value.notReported'), indent: true });
        }
        y += ROW;
      }
    }
    for (const text of changeLines(entry, lang, view)) {
      // Bold digits and arrows run wider than the metrics' average, so the line keeps a margin.
      const wrapped = wrapText(text, width - INDENT - 40, 12, true);
      out.changes.push({ key, y: y + 4, text: lines(wrapped) });
      y += wrapped.length * NOTE_LINE + 6;
    }
    out.hits.push({ key, y1: top - GAP / 2, y2: y + GAP / 2 - 2, tip: departmentSummary(entry, lang) });
    y += GAP;
  }
  out.height = Math.ceil(y);
  if (view === 'shares') out.max = 100;
  return out;
}

function draw(model: Model, lang: Lang, width: number, view: View): string {
  const entries = entriesOf(model);
  const l = layout(entries, lang, width, view);
  const x = scaleLinear([0, Math.max(l.max, 1)], [l.labelWidth, width - 44]);
  const left = x.invert(0);
  const indented = x.invert(INDENT);
  const barsFor = (role: Role) => l.bars.filter((b) => b.role === role);
  const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);
  return renderSvg(
    {
      id: view === 'shares' ? `${departments.id}-shares` : departments.id,
      width,
      height: l.height,
      title: departments.title(model, lang),
      desc: [departments.subtitle(model, lang), ...entries.map((e) => departmentSummary(e, lang))].join(' '),
    },
    {
      margin: 0,
      x: { type: 'linear', domain: x.domain(), range: x.range(), axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        ...(['online', 'paper', 'total'] as const).map((role) => {
          const bars = barsFor(role);
          return Plot.rect(bars, {
            x1: 0,
            x2: 'value',
            y1: 'y1',
            y2: 'y2',
            fill: PALETTE[role].light,
            className: fillClass(role),
            render: byKey(bars),
          });
        }),
        Plot.text(l.names, {
          x: () => left,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: NAME_LINE / NAME_SIZE,
          fontSize: NAME_SIZE,
          fontWeight: 600,
          render: byKey(l.names),
        }),
        Plot.text(l.dates, {
          x: () => left,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          fontWeight: 600,
          fontVariant: 'tabular-nums',
          className: 'year',
          render: byKey(l.dates),
        }),
        Plot.text(l.labels, {
          x: () => indented,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          render: byKey(l.labels),
        }),
        Plot.text(l.values, {
          x: 'value',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          dx: 4,
          fontVariant: 'tabular-nums',
          render: byKey(l.values),
        }),
        Plot.text(l.missing, {
          x: (d: Layout['missing'][number]) => (d.indent ? 0 : indented),
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'middle',
          lineHeight: NOTE_LINE / 12,
          fontStyle: 'italic',
          fill: PALETTE.muted.light,
          className: fillClass('muted'),
          render: byKey(l.missing),
        }),
        Plot.text(l.changes, {
          x: () => indented,
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: NOTE_LINE / 12,
          fontWeight: 600,
          fontVariant: 'tabular-nums',
          className: 'change',
          render: byKey(l.changes),
        }),
        hitAreas(l.hits, left, x.invert(width)),
      ],
    },
  );
}

/** "2018" with one date, "2018 – 2025" with several. */
function recordYears(model: Model, lang: Lang): string {
  const dates = recordDates(entriesOf(model));
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return t(lang, 'date.notReported');
  if (first === last) return formatPartialDate(lang, first);
  return `${formatPartialDate(lang, first)} – ${formatPartialDate(lang, last)}`;
}

export const departments: ChartDefinition = {
  id: 'departments',
  title: (model, lang) => t(lang, 'chart.departments.title', { date: recordYears(model, lang) }),
  subtitle: (model, lang) => t(lang, 'chart.departments.subtitle', { region: siteRegion(model).names[lang] }),
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE, 'counts'),
  table(model, lang): ChartTable {
    const entries = entriesOf(model);
    const shares = sharesPossible(entries);
    const value = (v: DigitizationRecord[Measure]) => (isReported(v) ? v : null);
    return {
      columns: [
        { key: 'department', label: t(lang, 'chart.col.department') },
        { key: 'date', label: t(lang, 'chart.col.date') },
        { key: 'status', label: t(lang, 'chart.col.status') },
        { key: 'digital', label: t(lang, 'chart.measure.digital'), numeric: true },
        { key: 'notDigital', label: t(lang, 'chart.measure.notDigital'), numeric: true },
        { key: 'total', label: t(lang, 'chart.measure.total'), numeric: true },
        ...(shares ? [{ key: 'shareDigital', label: t(lang, 'chart.col.shareDigital'), numeric: true }] : []),
      ],
      rows: entries.flatMap((e): ChartTable['rows'] => {
        const name = e.department.names[lang];
        if (e.records.length === 0)
          return [
            {
              department: name,
              date: null,
              status: t(lang, 'chart.status.none'),
              digital: null,
              notDigital: null,
              total: null,
              ...(shares ? { shareDigital: null } : {}),
            },
          ];
        return e.records.map((r) => {
          const share = shareOf(r, 'digital');
          return {
            department: name,
            date: formatPartialDate(lang, r.date),
            status: statusText(r, lang) ?? t(lang, 'chart.status.counts'),
            digital: value(r.digital),
            notDigital: value(r.notDigital),
            total: value(r.total),
            ...(shares ? { shareDigital: share === null ? null : Math.round(share * 10) / 10 } : {}),
          };
        });
      }),
    };
  },
  sourceIds(model) {
    const ids = entriesOf(model).flatMap((e) => e.records.map((r) => r.sourceId));
    return [...new Set(ids)];
  },
  dataAsOf: (model) => recordDates(entriesOf(model)).at(-1) ?? null,
  notes(model, lang) {
    const entries = entriesOf(model);
    const records = entries.flatMap((e) => e.records);
    const notes = [t(lang, 'chart.departments.note.missing')];
    if (recordDates(entries).length > 1) notes.push(t(lang, 'chart.departments.note.years'));
    if (!sharesPossible(entries)) notes.push(t(lang, 'chart.departments.note.noTotals'));
    else if (records.some((r) => hasCounts(r) && !isReported(r.total)))
      notes.push(t(lang, 'chart.departments.note.someTotals'));
    if (records.some((r) => r.status === 'lagging')) notes.push(t(lang, 'chart.departments.note.lagging'));
    if (lang !== 'kk' && entries.some((e) => e.department.namesTranslated))
      notes.push(t(lang, 'chart.note.translatedNames'));
    return notes;
  },
  defaultHeight: 860,
};

/** The shares view exists only when some department gave a total in some year. */
export function departmentViews(model: Model): readonly ChartView[] {
  if (!sharesPossible(entriesOf(model))) return [];
  return [
    {
      id: 'counts',
      label: (lang) => t(lang, 'chart.view.counts'),
      svg: (m, lang, options = {}) => draw(m, lang, options.width ?? WIDE, 'counts'),
    },
    {
      id: 'shares',
      label: (lang) => t(lang, 'chart.view.shares'),
      svg: (m, lang, options = {}) => draw(m, lang, options.width ?? WIDE, 'shares'),
    },
  ];
}
