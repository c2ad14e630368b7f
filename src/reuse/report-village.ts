/**
 * "Report your village" links: each opens the code host's issue form in the page's language, with
 * the settlement and district already filled in when the link sits on a village's entry. Pure: the
 * repository is passed in (the build reads it once, in `repoUrl()` of ./correction.ts), so the story,
 * the villages page and the map popup all build the same address.
 *
 * GitHub issue forms take `template=<file>` and, for each input or textarea, `<field id>=<value>`
 * as query parameters; the field ids below are those of .github/ISSUE_TEMPLATE/report-village-*.yml
 * (tests/reuse/report-village.test.ts reads the forms and holds the two together).
 */
import type { Lang } from '../data/langs.ts';
import { t } from '../i18n/ui.ts';

/** One form per language: GitHub issue forms are single-language. */
export const REPORT_TEMPLATES: Readonly<Record<Lang, string>> = {
  kk: 'report-village-kk.yml',
  ru: 'report-village-ru.yml',
  en: 'report-village-en.yml',
};

/** The form fields a link fills in; the others (what works, operator, since when, evidence) are the reader's. */
export const REPORT_FIELDS = { settlement: 'settlement', district: 'district' } as const;

export interface ReportedVillage {
  /** The settlement's name in the page's language. */
  readonly name: string;
  /** Its district's name in the page's language. */
  readonly district: string;
}

/** The report form's address, prefilled for `village` when given; null without a repository. */
export function reportVillageUrl(
  repoUrl: string | null,
  lang: Lang,
  village?: ReportedVillage,
): string | null {
  if (!repoUrl) return null;
  // The issue title a prefilled link proposes; the form's own title prefix says the same.
  const title = t(lang, 'map.report.issueTitle');
  const params = new URLSearchParams({ template: REPORT_TEMPLATES[lang] });
  if (village) {
    params.set('title', `${title}: ${village.name} (${village.district})`);
    params.set(REPORT_FIELDS.settlement, village.name);
    params.set(REPORT_FIELDS.district, village.district);
  } else params.set('title', `${title}: `);
  return `${repoUrl.replace(/\/+$/, '')}/issues/new?${params.toString()}`;
}
