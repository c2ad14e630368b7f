/**
 * A source as a page in one language shows it. A preserved title stays as published, in its own
 * language (pages wrap it in <cite lang=…>), with a bracketed translation beside it when the page's
 * language differs; a source whose headline was not preserved is described in the page's language.
 * Every string comes from data/sources.csv (`title_kk`, `note_ru`, …), so adding a source needs no
 * code. What has no translation is left out on Kazakh and Russian pages rather than shown in English.
 */
import type { Lang, Source } from '../model/types.ts';
import { formatPartialDate } from './format.ts';

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

/** A translated title is shown in brackets; the data may give it with or without them. */
const bracketed = (text: string) => (text.startsWith('[') ? text : `[${text}]`);

export function sourceDisplay(lang: Lang, s: Source): SourceDisplay {
  const strings = s.strings[lang];
  const english = lang === 'en';
  // A description in English is the data's own `title`; other languages show theirs, or that one.
  const description = s.titleIsDescription ? (strings.title ?? s.title) : null;
  return {
    title: description ? null : s.title,
    titleLang: s.language,
    translation:
      description || s.language === lang || strings.title === null ? null : bracketed(strings.title),
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
