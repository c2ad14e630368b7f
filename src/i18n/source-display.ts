/**
 * A source as a page in one language shows it. A preserved title stays as published, in its own
 * language (pages wrap it in <cite lang=…>), with a bracketed translation beside it when the page's
 * language differs; a source whose headline was not preserved is described in the page's language.
 * What has no translation is left out on Kazakh and Russian pages rather than shown in English.
 */
import type { Lang, Source } from '../model/types.ts';
import { formatPartialDate } from './format.ts';
import { SOURCE_STRINGS, type SourceStrings } from './strings/sources.ts';

export interface SourceDisplay {
  /** The title as published, or null when the page shows a description instead. */
  readonly title: string | null;
  /** The language of `title`. */
  readonly titleLang: Lang;
  /** The title's meaning in the page's language, in brackets; null when not needed or missing. */
  readonly translation: string | null;
  /** What the page shows for a source whose headline was not preserved. */
  readonly description: string | null;
  readonly publisher: string | null;
  /** The description already names the publisher ("jambyltv.kz, № 28523 жаңалық"): a one-line citation skips it. */
  readonly publisherInName: boolean;
  /** What the source is, in the page's language; null when not translated. */
  readonly note: string | null;
}

export function sourceStrings(lang: Lang, id: string): SourceStrings {
  return SOURCE_STRINGS[id]?.[lang] ?? {};
}

export function sourceDisplay(lang: Lang, s: Source): SourceDisplay {
  const strings = sourceStrings(lang, s.id);
  const english = lang === 'en';
  const description = strings.description ?? null;
  return {
    title: description ? null : s.title,
    titleLang: s.language,
    translation: description || s.language === lang ? null : (strings.translation ?? null),
    description,
    publisher: strings.publisher ?? s.publisher,
    publisherInName: description !== null && s.publisher !== null && description.includes(s.publisher),
    note: strings.note ?? (english ? s.notes : null),
  };
}

/** The source's name in plain text: its description, or its title with the translation beside it. */
export function sourceName(lang: Lang, s: Source): string {
  const d = sourceDisplay(lang, s);
  return d.description ?? [d.title, d.translation].filter(Boolean).join(' ');
}

/** The source in one line of plain text (image footers, citations, spreadsheets): name, publisher, date. */
export function sourceText(lang: Lang, s: Source): string {
  const d = sourceDisplay(lang, s);
  const publisher = d.publisherInName ? null : d.publisher;
  return [sourceName(lang, s), publisher, formatPartialDate(lang, s.published)].filter(Boolean).join(', ');
}
