/**
 * Chart `departments`: for every department, the kinds of service a source said were online, still
 * on paper, and in all. A figure no source gave is written out as "not reported" where its bar
 * would be; a department with no figures at all gets one line saying so, with its status.
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatNumber, formatPartialDate, formatPercent } from '../i18n/format.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import {
  type DepartmentEntry,
  departmentEntries,
  hasCounts,
  isReported,
  MEASURES,
  type Measure,
  measureOf,
  recordDates,
  shareOf,
  sharesPossible,
} from '../model/department-entries.ts';
import { siteRegion } from '../model/queries.ts';
import type { Lang, Model } from '../model/types.ts';
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

const NAME_SIZE = 13;
const NAME_LINE = 17;
const ROW = 19;
const BAR = 11;
const GAP = 14;

function statusText(entry: DepartmentEntry, lang: Lang): string | null {
  if (!entry.record) return t(lang, 'chart.status.none');
  if (entry.record.status === 'lagging') return t(lang, 'chart.status.lagging');
  if (entry.record.status === 'no-figures') return t(lang, 'chart.status.noFigures');
  return null;
}

function valueText(lang: Lang, entry: DepartmentEntry, measure: Measure): string {
  const v = measureOf(entry, measure);
  return isReported(v) ? formatNumber(lang, v) : t(lang, 'value.notReported');
}

/** One sentence per department: the tooltip, and a line of the SVG's description. */
export function departmentSummary(entry: DepartmentEntry, lang: Lang): string {
  const name = entry.department.names[lang];
  const status = statusText(entry, lang);
  if (!hasCounts(entry)) return `${name}: ${status ?? t(lang, 'value.notReported')}.`;
  const parts = MEASURES.map((m) => `${t(lang, MEASURE_KEY[m])}: ${valueText(lang, entry, m)}`);
  return `${name}: ${parts.join('; ')}${status ? `; ${status}` : ''}.`;
}

interface Layout {
  height: number;
  names: { key: string; y: number; text: string }[];
  labels: { key: string; y: number; text: string }[];
  bars: { key: string; y1: number; y2: number; value: number; role: Role }[];
  values: { key: string; y: number; value: number; text: string }[];
  /** Text standing where a figure would be; `indent` puts it where the bar would start. */
  missing: { key: string; y: number; text: string; indent: boolean }[];
  hits: { key: string; y1: number; y2: number; tip: string }[];
  max: number;
  labelWidth: number;
}

function layout(entries: readonly DepartmentEntry[], lang: Lang, width: number, view: View): Layout {
  const measures: readonly Measure[] = view === 'shares' ? ['digital', 'notDigital'] : MEASURES;
  const labelWidth = Math.min(
    width * 0.4,
    Math.max(...measures.map((m) => textWidth(t(lang, MEASURE_KEY[m]), 12))) + 10,
  );
  const out: Layout = {
    height: 0,
    names: [],
    labels: [],
    bars: [],
    values: [],
    missing: [],
    hits: [],
    max: 0,
    labelWidth,
  };
  let y = 4;
  for (const entry of entries) {
    const key = entry.department.id;
    const top = y;
    const nameLines = wrapText(entry.department.names[lang], width - 4, NAME_SIZE, true);
    out.names.push({ key, y, text: lines(nameLines) });
    y += nameLines.length * NAME_LINE + 2;
    const status = statusText(entry, lang);
    const showRows = view === 'shares' ? isReported(measureOf(entry, 'total')) : hasCounts(entry);
    if (!showRows) {
      const text =
        view === 'shares' && hasCounts(entry)
          ? t(lang, 'chart.noShare')
          : (status ?? t(lang, 'value.notReported'));
      const wrapped = wrapText(text, width - 4, 12);
      out.missing.push({ key, y: y + ROW / 2, text: lines(wrapped), indent: false });
      y += ROW + (wrapped.length - 1) * 15;
    } else {
      if (status) {
        out.missing.push({ key, y: y + ROW / 2, text: status, indent: false });
        y += ROW;
      }
      for (const measure of measures) {
        const mid = y + ROW / 2;
        out.labels.push({ key, y: mid, text: t(lang, MEASURE_KEY[measure]) });
        const value =
          view === 'shares'
            ? shareOf(entry, measure as Exclude<Measure, 'total'>)
            : measureOf(entry, measure);
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
    out.hits.push({ key, y1: top - GAP / 2, y2: y + GAP / 2 - 2, tip: departmentSummary(entry, lang) });
    y += GAP;
  }
  out.height = Math.ceil(y);
  if (view === 'shares') out.max = 100;
  return out;
}

function draw(model: Model, lang: Lang, width: number, view: View): string {
  const entries = departmentEntries(model);
  const l = layout(entries, lang, width, view);
  const x = scaleLinear([0, Math.max(l.max, 1)], [l.labelWidth, width - 44]);
  const left = x.invert(0);
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
        Plot.text(l.labels, {
          x: () => left,
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
          x: (d: Layout['missing'][number]) => (d.indent ? 0 : left),
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          lineAnchor: 'middle',
          lineHeight: 15 / 12,
          fontStyle: 'italic',
          fill: PALETTE.muted.light,
          className: fillClass('muted'),
          render: byKey(l.missing),
        }),
        hitAreas(l.hits, left, x.invert(width)),
      ],
    },
  );
}

function recordYears(model: Model, lang: Lang): string {
  return recordDates(departmentEntries(model))
    .map((d) => formatPartialDate(lang, d))
    .join(', ');
}

export const departments: ChartDefinition = {
  id: 'departments',
  title: (model, lang) => t(lang, 'chart.departments.title', { date: recordYears(model, lang) }),
  subtitle: (model, lang) => t(lang, 'chart.departments.subtitle', { region: siteRegion(model).names[lang] }),
  svg: (model, lang, options = {}) => draw(model, lang, options.width ?? WIDE, 'counts'),
  table(model, lang): ChartTable {
    const entries = departmentEntries(model);
    const shares = sharesPossible(entries);
    return {
      columns: [
        { key: 'department', label: t(lang, 'chart.col.department') },
        { key: 'status', label: t(lang, 'chart.col.status') },
        { key: 'digital', label: t(lang, 'chart.measure.digital'), numeric: true },
        { key: 'notDigital', label: t(lang, 'chart.measure.notDigital'), numeric: true },
        { key: 'total', label: t(lang, 'chart.measure.total'), numeric: true },
        ...(shares ? [{ key: 'shareDigital', label: t(lang, 'chart.col.shareDigital'), numeric: true }] : []),
      ],
      rows: entries.map((e) => {
        const value = (m: Measure) => {
          const v = measureOf(e, m);
          return isReported(v) ? v : null;
        };
        const share = shareOf(e, 'digital');
        return {
          department: e.department.names[lang],
          status: statusText(e, lang) ?? t(lang, 'chart.status.counts'),
          digital: value('digital'),
          notDigital: value('notDigital'),
          total: value('total'),
          ...(shares ? { shareDigital: share === null ? null : Math.round(share * 10) / 10 } : {}),
        };
      }),
    };
  },
  sourceIds(model) {
    const ids = departmentEntries(model).flatMap((e) => (e.record ? [e.record.sourceId] : []));
    return [...new Set(ids)];
  },
  dataAsOf: (model) => recordDates(departmentEntries(model)).at(-1) ?? null,
  notes(model, lang) {
    const entries = departmentEntries(model);
    const notes = [t(lang, 'chart.departments.note.missing')];
    if (!sharesPossible(entries)) notes.push(t(lang, 'chart.departments.note.noTotals'));
    if (entries.some((e) => e.record?.status === 'lagging'))
      notes.push(t(lang, 'chart.departments.note.lagging'));
    if (lang !== 'kk' && entries.some((e) => e.department.namesTranslated))
      notes.push(t(lang, 'chart.note.translatedNames'));
    return notes;
  },
  defaultHeight: 860,
};

/** The shares view exists only when some department's total is known. */
export function departmentViews(model: Model): readonly ChartView[] {
  if (!sharesPossible(departmentEntries(model))) return [];
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
