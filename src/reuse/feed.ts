/**
 * An Atom feed per language for journalists who follow the data: one entry per change to data/
 * (what changed, from the same facts as the data page's changelog) and one for the story, updated
 * when its text or its figures change. Pure: the route passes in the history and the dates.
 */
import { parsePartialDate } from '../data/partial-date.ts';
import { escapeHtml } from '../escape.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { localePath } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../model/types.ts';
import { changedPages, changeLines } from './change-text.ts';
import type { DataHistoryEntry } from './data-history.ts';

export const FEED_FILE = 'feed.xml';

export interface FeedInput {
  readonly lang: Lang;
  readonly site: URL | undefined;
  readonly siteName: string;
  readonly history: readonly DataHistoryEntry[];
  readonly story: {
    readonly title: string;
    readonly summary: string;
    readonly published: string | null;
    readonly modified: string | null;
  } | null;
}

interface Entry {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  readonly updated: string;
  readonly published?: string;
  readonly html: string;
}

/** A YYYY-MM-DD date as an RFC 3339 timestamp (midnight UTC: git dates here are day-precise). */
const stamp = (date: string) => `${date}T00:00:00Z`;
/** Outside git no date is known; the epoch keeps builds reproducible and says "no date" plainly. */
const NO_DATE = '1970-01-01';

function dayText(lang: Lang, date: string): string {
  const parsed = parsePartialDate(date);
  return parsed ? formatPartialDate(lang, parsed) : date;
}

export function changeAnchor(commit: string): string {
  return `change-${commit.slice(0, 7)}`;
}

export function atomFeed(input: FeedInput): string {
  const { lang, siteName } = input;
  const abs = (path: string) => new URL(path, input.site ?? 'http://localhost:4321').href;
  const dataPage = abs(localePath(lang, 'data/'));
  const entries: Entry[] = input.history.map((change) => {
    const lines = changeLines(lang, change.diff);
    const pages = changedPages(lang, change.diff);
    const list = lines.length
      ? `<ul>${lines.map((l) => `<li><code>${escapeHtml(l.file)}</code>: ${escapeHtml(l.text)}</li>`).join('')}</ul>`
      : `<p>${escapeHtml(t(lang, 'changes.none'))}</p>`;
    const where = pages.length
      ? `<p>${escapeHtml(t(lang, 'changes.where'))}: ${pages.map((p) => `<a href="${escapeHtml(abs(p.href))}">${escapeHtml(p.label)}</a>`).join(', ')}</p>`
      : '';
    const link = `${dataPage}#${changeAnchor(change.commit)}`;
    return {
      id: link,
      title: t(lang, 'changes.entryTitle', { date: dayText(lang, change.date) }),
      link,
      updated: change.date,
      html: list + where,
    };
  });
  if (input.story) {
    const link = abs(localePath(lang));
    entries.push({
      id: link,
      title: t(lang, 'feed.story', { title: input.story.title }),
      link,
      updated: input.story.modified ?? NO_DATE,
      ...(input.story.published ? { published: input.story.published } : {}),
      html: `<p>${escapeHtml(input.story.summary)}</p>`,
    });
  }
  entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : 1));
  const self = abs(localePath(lang, FEED_FILE));
  const updated = entries[0]?.updated ?? NO_DATE;
  const x = escapeHtml;
  const body = entries
    .map((e) =>
      [
        '  <entry>',
        `    <title>${x(e.title)}</title>`,
        `    <id>${x(e.id)}</id>`,
        `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
        ...(e.published ? [`    <published>${stamp(e.published)}</published>`] : []),
        `    <updated>${stamp(e.updated)}</updated>`,
        `    <content type="html">${x(e.html)}</content>`,
        '  </entry>',
      ].join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${x(t(lang, 'feed.title', { site: siteName }))}</title>
  <id>${x(self)}</id>
  <link rel="self" type="application/atom+xml" href="${x(self)}"/>
  <link rel="alternate" type="text/html" href="${x(abs(localePath(lang)))}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${x(siteName)}</name></author>
${body}
</feed>
`;
}
