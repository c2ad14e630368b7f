/**
 * Chart `departments`: what each department reported, one panel per date a source reported on
 * (Plot `fy` facets), every panel on the same x scale and with the same departments in the same
 * order, so a later year reads against the first. A count no source gave is written "not reported"
 * where its bar would be, never drawn as a bar or a 0. Departments that gave no figure in any year
 * are not drawn as empty rows: they are named on one line under the panels.
 */
import * as Plot from '@observablehq/plot';
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
import type { DigitizationRecord, Lang, Model, Region } from '../model/types.ts';
import { textWidth } from '../text-width.ts';
import { type ChartTable, type ChartView, defineChart } from './definition.ts';
import { fillClass, PALETTE, type Role } from './palette.ts';
import { keyed, plotWrap, renderSvg } from './render-svg.ts';

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

/** What one department said at one date, for one measure: a count, or why there is none. */
type Cell =
  | { readonly kind: 'value'; readonly measure: Measure; readonly value: number }
  | { readonly kind: 'not-reported'; readonly measure: Measure }
  /** The department's record of that date gave no count at all (lagging, a report without figures). */
  | { readonly kind: 'status'; readonly record: DigitizationRecord }
  /** No source of that date said anything about the department. */
  | { readonly kind: 'absent' };

interface DepartmentCell {
  readonly date: PartialDate;
  readonly entry: DepartmentEntry;
  readonly record: DigitizationRecord | null;
  readonly cell: Cell;
}

export interface DepartmentRows {
  readonly region: Region;
  readonly entries: readonly DepartmentEntry[];
  /** One panel per date some department was reported on, oldest first. */
  readonly dates: readonly PartialDate[];
  /** Departments with a count in some year: the rows of every panel. */
  readonly drawn: readonly DepartmentEntry[];
  /** Departments with no count in any year: one line under the panels. */
  readonly collapsed: readonly DepartmentEntry[];
  /** Every panel × drawn department × measure (or one status cell when that date gave no count). */
  readonly cells: readonly DepartmentCell[];
  readonly sharesPossible: boolean;
}

function cellsOf(entry: DepartmentEntry, date: PartialDate): DepartmentCell[] {
  const record = entry.records.find((r) => r.date.text === date.text) ?? null;
  if (!record) return [{ date, entry, record, cell: { kind: 'absent' } }];
  if (!hasCounts(record)) return [{ date, entry, record, cell: { kind: 'status', record } }];
  return MEASURES.map((measure) => {
    const v = record[measure];
    return {
      date,
      entry,
      record,
      cell: isReported(v) ? { kind: 'value', measure, value: v } : { kind: 'not-reported', measure },
    };
  });
}

function prepareDepartments(model: Model): DepartmentRows {
  const region = siteRegion(model);
  const entries = departmentEntries(model, region);
  const dates = recordDates(entries);
  const drawn = entries.filter((e) => e.records.some(hasCounts));
  return {
    region,
    entries,
    dates,
    drawn,
    collapsed: entries.filter((e) => !e.records.some(hasCounts)),
    cells: dates.flatMap((date) => drawn.flatMap((e) => cellsOf(e, date))),
    sharesPossible: sharesPossible(entries),
  };
}

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
function departmentSummary(entry: DepartmentEntry, lang: Lang): string {
  const name = entry.department.names[lang];
  if (entry.records.length === 0) return `${name}: ${t(lang, 'chart.status.none')}.`;
  return `${name}: ${entry.records.map((r) => recordSummary(r, lang)).join('; ')}.`;
}

/** The text a cell shows where no bar is drawn; null for a cell that has a bar. */
function missingText(cell: Cell, lang: Lang, view: View, record: DigitizationRecord | null): string | null {
  if (cell.kind === 'absent') return t(lang, 'value.notReported');
  if (cell.kind === 'status') return statusText(cell.record, lang) ?? t(lang, 'value.notReported');
  if (cell.kind === 'not-reported') return t(lang, 'value.notReported');
  if (view === 'shares' && record && shareOf(record, cell.measure as PartMeasure) === null)
    return t(lang, 'chart.noShare');
  return null;
}

/** An italic line's first letter leans a pixel left of where it starts: it starts that much in. */
const ITALIC_LEAN = 1;
/** Band height of one line of the chart, in px. */
const LINE = 18;
const NAME_SIZE = 13;

function draw(rows: DepartmentRows, lang: Lang, width: number, view: View): string {
  const mobile = width < 480;
  const measures: readonly Measure[] = view === 'shares' ? PARTS : MEASURES;
  // The measures' names stand right-aligned in the margin, 6 px short of the bars: the margin is as
  // wide as the longest of them in this language, with 2 px to spare for a font a little wider than
  // the estimate ("в бумажном виде" outgrows a phone's 104 px).
  const longest = Math.max(...measures.map((m) => textWidth(t(lang, MEASURE_KEY[m]), 12)));
  const marginLeft = Math.max(mobile ? 104 : 128, Math.ceil(longest) + 6 + 2);
  const marginRight = 48;
  // Names wrap by Plot's rule, with room left for letters Plot's table thinks narrower than they are.
  const names = plotWrap(
    rows.drawn.map((e) => e.department.names[lang]),
    ((width - 8) / NAME_SIZE) * 0.8,
  );
  const nameOf = new Map(rows.drawn.map((e, i) => [e.department.id, names[i] ?? []]));
  const byKey = <T extends { key: string }>(data: readonly T[]) => keyed((d: T) => d.key, data);
  const fy = (d: PartialDate) => formatPartialDate(lang, d);
  const facets = rows.dates.map(fy);
  const lineWidth = ((width - 8) / 12) * 0.8;

  type Line = { key: string; fy: string; y: string; text: string };
  const bars: (Line & { value: number; role: Role })[] = [];
  const words: Line[] = [];
  const measureLabels: Line[] = [];
  const nameLines: Line[] = [];
  const quiet: (Omit<Line, 'key'> & { tip: string })[] = [];
  const hits: { key: string; fy: string; y: string; tip: string }[] = [];
  // Each panel fills its own lines from the top, in the same department order: a department with a
  // count that date gets its name and a line per measure; those without one share a line in words
  // ("no figures: …"), so a date without a record leaves no empty rows in its panel.
  let lines = 0;
  for (const date of rows.dates) {
    const f = fy(date);
    let line = 0;
    const next = () => `${line++}`;
    const silent: DepartmentCell[] = [];
    for (const entry of rows.drawn) {
      const key = entry.department.id;
      const cells = rows.cells.filter((c) => c.date === date && c.entry === entry);
      const first = cells[0];
      if (!first) continue;
      if (first.cell.kind === 'absent' || first.cell.kind === 'status') {
        silent.push(first);
        continue;
      }
      for (const text of nameOf.get(key) ?? []) nameLines.push({ key, fy: f, y: next(), text });
      const tip = departmentSummary(entry, lang);
      for (const c of cells) {
        if (c.cell.kind !== 'value' && c.cell.kind !== 'not-reported') continue;
        const measure = c.cell.measure;
        if (!measures.includes(measure)) continue;
        const y = next();
        hits.push({ key, fy: f, y, tip });
        measureLabels.push({ key, fy: f, y, text: t(lang, MEASURE_KEY[measure]) });
        const missing = missingText(c.cell, lang, view, c.record);
        if (missing !== null || c.cell.kind !== 'value' || !c.record) {
          words.push({ key, fy: f, y, text: missing ?? '' });
          continue;
        }
        const value = view === 'shares' ? (shareOf(c.record, measure as PartMeasure) ?? 0) : c.cell.value;
        bars.push({
          key,
          fy: f,
          y,
          value,
          text: view === 'shares' ? formatPercent(lang, value) : formatNumber(lang, value),
          role: MEASURE_ROLE[measure],
        });
      }
    }
    if (silent.length > 0) {
      const list = silent
        .map((c) => {
          const name = c.entry.department.names[lang];
          const status = c.cell.kind === 'status' ? statusText(c.cell.record, lang) : null;
          return status ? `${name} (${status.charAt(0).toLocaleLowerCase(lang)}${status.slice(1)})` : name;
        })
        .join(', ');
      const tip = silent.map((c) => departmentSummary(c.entry, lang)).join(' ');
      const wrapped = plotWrap([t(lang, 'chart.departments.noFigures', { list })], lineWidth)[0] ?? [];
      for (const text of wrapped) quiet.push({ fy: f, y: next(), text, tip });
    }
    lines = Math.max(lines, line);
  }
  const domain = ['date', ...Array.from({ length: lines }, (_, i) => `${i}`)];
  const max = view === 'shares' ? 100 : Math.max(1, ...bars.map((b) => b.value));
  /** A text on one line of a panel, and what is written in words where no bar is. */
  const onLine = { frameAnchor: 'left', y: 'y', fy: 'fy', text: 'text' } as const;
  const inWords = { fontStyle: 'italic', fill: PALETTE.muted.light } as const;
  const collapsed = rows.collapsed.length
    ? (plotWrap(
        [
          t(lang, 'chart.departments.noFigures', {
            list: rows.collapsed.map((e) => e.department.names[lang]).join(', '),
          }),
        ],
        lineWidth,
      )[0] ?? [])
    : [];
  const facetPadding = 0.06;
  const panelHeight = domain.length * LINE;
  const marginBottom = 8 + collapsed.length * 15;
  const height = Math.ceil((facets.length * panelHeight) / (1 - facetPadding) + marginBottom + 4);

  return renderSvg(
    {
      id: view === 'shares' ? `${departmentsChart.id}-shares` : departmentsChart.id,
      width,
      height,
      title: title(rows, lang),
      desc: [subtitle(rows, lang), ...rows.entries.map((e) => departmentSummary(e, lang))].join(' '),
    },
    {
      marginLeft,
      marginRight,
      marginTop: 4,
      marginBottom,
      x: { domain: [0, max], axis: null },
      y: { type: 'band', domain, axis: null, padding: 0.2 },
      fy: { domain: facets, axis: null, padding: facetPadding },
      marks: [
        Plot.ruleX([0], { stroke: PALETTE.grid.light, className: 'grid', y1: null }),
        ...(['online', 'paper', 'total'] as const).map((role) => {
          const own = bars.filter((b) => b.role === role);
          return Plot.barX(own, {
            x: 'value',
            y: 'y',
            fy: 'fy',
            fill: PALETTE[role].light,
            className: fillClass(role),
            render: byKey(own),
          });
        }),
        Plot.text(bars, {
          x: 'value',
          y: 'y',
          fy: 'fy',
          text: 'text',
          textAnchor: 'start',
          dx: 4,
          fontVariant: 'tabular-nums',
          render: byKey(bars),
        }),
        Plot.text(words, {
          ...onLine,
          textAnchor: 'start',
          ...inWords,
          className: fillClass('muted'),
          render: byKey(words),
        }),
        // The departments without a count this date, in words, with every year of each as the tooltip.
        Plot.text(quiet, {
          ...onLine,
          textAnchor: 'start',
          dx: -marginLeft + ITALIC_LEAN,
          ...inWords,
          className: `${fillClass('muted')} no-figures`,
          title: 'tip',
        }),
        Plot.text(measureLabels, {
          ...onLine,
          textAnchor: 'end',
          dx: -6,
          render: byKey(measureLabels),
        }),
        Plot.text(nameLines, {
          ...onLine,
          textAnchor: 'start',
          dx: -marginLeft,
          fontSize: NAME_SIZE,
          fontWeight: 700,
          render: byKey(nameLines),
        }),
        // The panel's date as its heading, in the band above its first department.
        Plot.text(facets, {
          frameAnchor: 'left',
          y: () => 'date',
          fy: (d: string) => d,
          text: (d: string) => d,
          textAnchor: 'start',
          dx: -marginLeft,
          fontSize: NAME_SIZE,
          fontWeight: 700,
          fontVariant: 'tabular-nums',
          className: 'year',
        }),
        Plot.text([collapsed.join('\n')], {
          facet: 'super',
          frameAnchor: 'bottom-left',
          text: (d: string) => d,
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 15 / 12,
          dx: -marginLeft + ITALIC_LEAN,
          dy: 8,
          fontStyle: 'italic',
          fill: PALETTE.muted.light,
          className: `${fillClass('muted')} collapsed`,
        }),
        // Hover, focus and touch targets: one transparent band per department and panel.
        Plot.barX(hits, {
          x1: 0,
          x2: max,
          y: 'y',
          fy: 'fy',
          fill: 'currentColor',
          fillOpacity: 0,
          title: 'tip',
          className: 'hit',
          render: byKey(hits),
        }),
      ],
    },
  );
}

/** "2018" with one date, "2018 – 2025" with several. */
function recordYears(rows: DepartmentRows, lang: Lang): string {
  const first = rows.dates[0];
  const last = rows.dates.at(-1);
  if (!first || !last) return t(lang, 'date.notReported');
  if (first === last) return formatPartialDate(lang, first);
  return `${formatPartialDate(lang, first)} – ${formatPartialDate(lang, last)}`;
}

const title = (rows: DepartmentRows, lang: Lang) =>
  t(lang, 'chart.departments.title', { date: recordYears(rows, lang) });
const subtitle = (rows: DepartmentRows, lang: Lang) =>
  t(lang, 'chart.departments.subtitle', { region: rows.region.names[lang] });

function table(rows: DepartmentRows, lang: Lang): ChartTable {
  const shares = rows.sharesPossible;
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
    rows: rows.entries.flatMap((e): ChartTable['rows'] => {
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
}

function notes(rows: DepartmentRows, lang: Lang): string[] {
  const records = rows.entries.flatMap((e) => e.records);
  const out = [t(lang, 'chart.departments.note.missing')];
  if (rows.dates.length > 1) out.push(t(lang, 'chart.departments.note.years'));
  if (!rows.sharesPossible) out.push(t(lang, 'chart.departments.note.noTotals'));
  else if (records.some((r) => hasCounts(r) && !isReported(r.total)))
    out.push(t(lang, 'chart.departments.note.someTotals'));
  if (records.some((r) => r.status === 'lagging')) out.push(t(lang, 'chart.departments.note.lagging'));
  if (lang !== 'kk' && rows.entries.some((e) => e.department.namesTranslated))
    out.push(t(lang, 'chart.note.translatedNames'));
  return out;
}

/** The shares view exists only when some department gave a total in some year. */
function views(rows: DepartmentRows): ChartView<DepartmentRows>[] {
  if (!rows.sharesPossible) return [];
  return [
    {
      id: 'counts',
      label: (lang) => t(lang, 'chart.view.counts'),
      render: (r, lang, w) => draw(r, lang, w, 'counts'),
    },
    {
      id: 'shares',
      label: (lang) => t(lang, 'chart.view.shares'),
      render: (r, lang, w) => draw(r, lang, w, 'shares'),
    },
  ];
}

export const departmentsChart = {
  id: 'departments',
  tables: ['digitization', 'departments'],
  prepare: prepareDepartments,
  render: (rows: DepartmentRows, lang: Lang, width: number) => draw(rows, lang, width, 'counts'),
  title,
  subtitle,
  table,
  notes,
  sourceIds: (rows: DepartmentRows) => [
    ...new Set(rows.entries.flatMap((e) => e.records.map((r) => r.sourceId))),
  ],
  dataAsOf: (rows: DepartmentRows) => rows.dates.at(-1) ?? null,
  views,
} as const;

export const departments = defineChart<DepartmentRows>(departmentsChart);
