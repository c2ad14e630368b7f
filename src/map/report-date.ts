/**
 * A report's date in the page's language: as precise as its source, or "date not stated" with the
 * bound the data keeps ("not later than December 2026"). One wording for the list, the popup (a copy
 * of the list entry), the chart's table and the xlsx download.
 */
import { formatPartialDate } from '../i18n/format.ts';
import { t } from '../i18n/ui.ts';
import type { Lang, VillageStatusReport } from '../model/types.ts';
import { isDated } from '../model/village-status.ts';

export function formatReportDate(lang: Lang, report: VillageStatusReport): string {
  if (isDated(report)) return formatPartialDate(lang, report.date);
  const bound = report.dateBound;
  if (bound === null) return t(lang, 'map.dateNotStated');
  if (bound.end === undefined)
    return t(lang, 'map.dateNotStated.notLater', {
      to: formatPartialDate(lang, { text: bound.text, start: bound.start }),
    });
  return t(lang, 'map.dateNotStated.between', {
    from: formatPartialDate(lang, { text: bound.text, start: bound.start }),
    to: formatPartialDate(lang, { text: bound.text, start: bound.end }),
  });
}
