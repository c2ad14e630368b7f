/**
 * Route parameters of the embed files. They live under `[...lang]`, which is empty for Kazakh (the
 * root) and `ru` or `en` otherwise, so one endpoint file serves all three languages.
 */

import {
  REGISTRY as EMBEDDABLES,
  type RegisteredChart as Embeddable,
  registeredChart as embeddable,
} from '../charts/registry.ts';
import { LANGS, langOf, langParam } from '../i18n/locales.ts';
import type { Lang } from '../model/types.ts';

export function chartLangPaths() {
  return LANGS.flatMap((lang) =>
    EMBEDDABLES.map((e) => ({ params: { lang: langParam(lang), chart: e.chart.id } })),
  );
}

export function fromParams(params: Readonly<Record<string, string | undefined>>): {
  lang: Lang;
  embed: Embeddable;
} {
  return { lang: langOf(params), embed: embeddable(params.chart ?? '') };
}
