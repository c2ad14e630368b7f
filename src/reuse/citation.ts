/**
 * The citation under each chart, in the page's language. The access date is the reader's, not the
 * build's (a build that printed its own date would not be reproducible, and would be wrong the next
 * day), so the text is split where the date goes: the page fills it in with a script, or shows a
 * placeholder asking the reader to write it.
 */
import { t } from '../i18n/ui.ts';
import type { Lang } from '../model/types.ts';
import type { ChartFacts } from './chart-facts.ts';

export interface Citation {
  readonly before: string;
  readonly after: string;
}

const DATE_SLOT = '\u0000';

/** `url` is null when the site has no public address yet: the citation then names the site only. */
export function citation(lang: Lang, facts: ChartFacts, url: string | null): Citation {
  const text = t(lang, url === null ? 'embed.citationNoUrl' : 'embed.citation', {
    title: facts.title,
    site: facts.siteName,
    sourceLabel: facts.sourceLabel,
    sources: facts.sourceLine,
    version: facts.version,
    url: url ?? '',
    date: DATE_SLOT,
  });
  // A source dated "2018 ж." meets the template's own full stop: keep one (but leave an ellipsis be).
  const [before = '', after = ''] = text.replace(/(?<!\.)\.\.(?!\.)/g, '.').split(DATE_SLOT);
  return { before, after };
}

export interface CitationPiece {
  readonly text: string;
  /** Set on a source's title as published: pages set it in <cite lang=…>. */
  readonly lang?: Lang;
}

/** Splits citation text at the sources' titles, so a page can mark each title as a cited work. */
export function citedTitles(
  text: string,
  titles: readonly { readonly title: string; readonly lang: Lang }[],
): CitationPiece[] {
  const found = titles
    .flatMap((x) => {
      const at = text.indexOf(x.title);
      return at < 0 || x.title === '' ? [] : [{ ...x, at }];
    })
    .sort((a, b) => a.at - b.at);
  const pieces: CitationPiece[] = [];
  let from = 0;
  for (const x of found) {
    if (x.at < from) continue;
    if (x.at > from) pieces.push({ text: text.slice(from, x.at) });
    pieces.push({ text: x.title, lang: x.lang });
    from = x.at + x.title.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
