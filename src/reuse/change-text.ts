/**
 * A data diff told in the reader's language, for the data page's changelog and the feeds: one line
 * per file with how many rows were added, changed and removed (naming them and the changed columns),
 * and the pages it reaches. File, row and column names stay as in the data: they are identifiers, so
 * they come `backticked`, for pages to set as code (CodeSpans) and feeds to print as they are.
 */
import { localePath } from '../i18n/locales.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import type { DataDiff } from '../model/data-diff.ts';
import type { Lang } from '../model/types.ts';

export interface ChangeLine {
  readonly file: string;
  readonly text: string;
}

export interface PageLink {
  readonly label: string;
  readonly href: string;
}

const fileOf = (table: string) => (table.startsWith('geo/') ? `${table}.geojson` : `${table}.csv`);
const MAX_IDS = 5;

const PAGE_LABELS: Readonly<Record<string, UiKey>> = {
  '': 'nav.story',
  'villages/': 'nav.villages',
  'methodology/': 'nav.methodology',
  'data/': 'nav.data',
};

function ids(all: readonly string[]): string {
  const list = all.filter((id) => id !== '');
  if (list.length === 0) return '';
  const shown = list
    .slice(0, MAX_IDS)
    .map((id) => `\`${id}\``)
    .join(', ');
  return list.length > MAX_IDS ? `${shown}, …` : shown;
}

export function changeLines(lang: Lang, diff: DataDiff): ChangeLine[] {
  return diff.tables.map((table) => {
    const rows = diff.rows.filter((r) => r.table === table.table);
    const parts: string[] = [];
    if (table.file === 'added') parts.push(t(lang, 'changes.newFile'));
    if (table.file === 'removed') parts.push(t(lang, 'changes.removedFile'));
    for (const kind of ['added', 'changed', 'removed'] as const) {
      const own = rows.filter((r) => r.kind === kind);
      if (own.length === 0) continue;
      const named = ids(own.map((r) => r.id));
      let text = `${t(lang, `changes.${kind}`, { n: own.length })}${named ? ` (${named})` : ''}`;
      if (kind === 'changed') {
        const columns = [...new Set(own.flatMap((r) => r.cells.map((c) => c.column)))];
        text += `, ${t(lang, 'changes.columns', { columns: columns.map((c) => `\`${c}\``).join(', ') })}`;
      }
      parts.push(text);
    }
    return { file: fileOf(table.table), text: parts.join('; ') };
  });
}

/** The pages a diff reaches, as links in the page language. */
export function changedPages(lang: Lang, diff: DataDiff): PageLink[] {
  return diff.affected
    .filter((d) => d.kind === 'page' && PAGE_LABELS[d.id] !== undefined)
    .map((d) => ({ label: t(lang, PAGE_LABELS[d.id] as UiKey), href: localePath(lang, d.id) }));
}
