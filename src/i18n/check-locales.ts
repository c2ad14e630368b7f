/**
 * The build's check of the locale files (`src/i18n/locales/*.json`), as they are on disk: every problem
 * `checkLocale()` and `dictionaryProblems()` find, as `file:line: words` lines for the build's report.
 */
// Nothing here imports the JSON files themselves: the build checks them before anything loads them,
// so that a file an editor broke gets this report, not a parser's stack trace.
import { checkLocale, dictionaryProblems, type LocaleProblem, parseLocaleJson } from './translation.ts';

export interface LocaleFileText {
  /** The file's path from the project root, as the report names it. */
  readonly path: string;
  readonly text: string;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function checkLocaleFiles(files: readonly LocaleFileText[]): string[] {
  const reference = files.find((f) => nameOf(f.path) === 'kk.json');
  if (!reference) return ['src/i18n/locales/kk.json: the Kazakh sentences are missing'];
  const parsed = parseLocaleJson(reference.text);
  const kk = 'problem' in parsed ? null : (parsed.value as Readonly<Record<string, string>>);
  const line = (f: LocaleFileText, p: LocaleProblem) => `${f.path}:${p.line}: ${p.message}`;
  return files.flatMap((f) => {
    const name = nameOf(f.path);
    if (name.endsWith('.data-dictionary.json'))
      return dictionaryProblems(name, f.text).map((p) => line(f, p));
    // The reference is checked against itself, which reports it when it does not parse; while it does
    // not, the other files have nothing to be compared with.
    if (f === reference) return checkLocale(kk ?? {}, name, f.text).map((p) => line(f, p));
    return kk ? checkLocale(kk, name, f.text).map((p) => line(f, p)) : [];
  });
}
