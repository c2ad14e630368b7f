/**
 * The copy files on disk (src/content/<page>/<lang>.mdoc) and the locale files (src/i18n/locales/):
 * the edge where the file system enters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleFileText } from '../i18n/check-locales.ts';
import { isLang } from '../i18n/locales.ts';
import type { Lang } from '../model/types.ts';

const CONTENT_DIR = 'src/content';

export interface CopyFileText {
  readonly page: string;
  readonly lang: Lang;
  readonly text: string;
}

export function readCopyFiles(root = process.cwd()): CopyFileText[] {
  const dir = join(root, CONTENT_DIR);
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.mdoc'))
    .sort()
    .flatMap((name) => {
      const m = /^(.+)[/\\]([a-z]{2})\.mdoc$/.exec(name);
      const lang = m?.[2];
      if (!m?.[1] || !isLang(lang)) return [];
      return [{ page: m[1].replaceAll('\\', '/'), lang, text: readFileSync(join(dir, name), 'utf8') }];
    });
}

const LOCALES_DIR = 'src/i18n/locales';

/** Where the locale files are: src/i18n/locales/ under the project root. */
export function localesDir(root = process.cwd()): string {
  return join(root, LOCALES_DIR);
}

/** The locale files on disk (src/i18n/locales/*.json): the sentences and data dictionaries, per language. */
export function readLocaleFiles(root = process.cwd()): LocaleFileText[] {
  const dir = localesDir(root);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ path: `${LOCALES_DIR}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}
