/**
 * What the villages list says about one village beyond its latest status: where its coordinates come
 * from, in words the page's language can carry, and the names its sources wrote otherwise than we do.
 */

import { sourceOf } from '../model/queries.ts';
import type { Lang, Model, Village, VillageStatusReport } from '../model/types.ts';

/** An OpenStreetMap object named by its address (`…/node/2583746246`), or null for any other link. */
export function osmObjectId(url: string | null): string | null {
  if (url === null) return null;
  const match = /^https?:\/\/(?:www\.)?openstreetmap\.org\/(?:node|way|relation)\/(\d+)\/?$/.exec(url);
  return match?.[1] ?? null;
}

export interface NameReading {
  /** The name as the source wrote it (cut off, or spelt otherwise). */
  readonly inSource: string;
  /** Our reading, in the source's language (a Kazakh source is read against our Kazakh name). */
  readonly ours: string;
  readonly sourceId: string;
}

/** One entry per distinct name a source gave that differs from ours, oldest report first. */
export function nameReadings(model: Model, village: Village): NameReading[] {
  const seen = new Set<string>();
  return village.history.flatMap((r) => {
    if (r.nameInSource === null || seen.has(r.nameInSource)) return [];
    seen.add(r.nameInSource);
    const language = sourceOf(model, r.sourceId).language;
    const ours = village.names[language];
    return ours === r.nameInSource ? [] : [{ inSource: r.nameInSource, ours, sourceId: r.sourceId }];
  });
}

export interface ReportNote {
  readonly village: Village;
  readonly report: VillageStatusReport;
  /** The note in the page's language. */
  readonly text: string;
}

/**
 * The report notes a page prints, in its language only, and whether some note is written in English
 * alone: a Kazakh or Russian page then says where that note is rather than print English.
 */
export function reportNotes(
  villages: readonly Village[],
  lang: Lang,
): { readonly notes: ReportNote[]; readonly untranslated: boolean } {
  const reports = villages.flatMap((village) => village.history.map((report) => ({ village, report })));
  return {
    notes: reports.flatMap(({ village, report }) => {
      const text = report.notes[lang];
      return text === null ? [] : [{ village, report, text }];
    }),
    untranslated: reports.some(({ report }) => report.notes.en !== null && report.notes[lang] === null),
  };
}
