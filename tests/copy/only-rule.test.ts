/**
 * The "only" rule (src/i18n/glossary.md): the story calls a figure "only" (ғана, лишь, only) where its
 * source says it, and nowhere else. What a source says is in its quotes (data/source-quotes.csv): a
 * number with "ғана"/"қана" after it or "небәрі" before it. Every figure the story cites from a
 * source, with an "only" word beside it, must be one its source's quotes call "only".
 *
 * The story's passage on the 2018 meeting waits for that meeting's source, which only the real data
 * has; so the rule is checked on the real data and copy, and nothing here names a figure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Markdoc from '@markdoc/markdoc';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { copyConfig } from '../../src/copy/check.ts';
import { copyContext, copyFile } from '../../src/copy/page-context.ts';
import { loadDataset } from '../../src/data/load.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Lang, Model } from '../../src/model/types.ts';
import { laterYearsModel } from '../charts/chart-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** "Only" in each language, and the Kazakh words that stand before their number (небәрі 67). */
const ONLY: Readonly<Record<Lang, RegExp>> = {
  kk: /^(ғана|қана|небәрі|тек)$/,
  ru: /^(лишь|всего|только)$/,
  en: /^only$/,
};
const NUMBER = /^\d+(?:[.,]\d+)?/;
const CLAUSE = /[,;:.!?()]\s/;

const words = (text: string): string[] =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    // Digits grouped by spaces ("1 234") are one number.
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .split(/\s+/)
    .map((w) => w.replace(/^[«“"(]+|[»”").,;:!?%-]+.*$/u, '').toLowerCase())
    .filter((w) => w !== '');

const numberOf = (word: string): string | null => NUMBER.exec(word)?.[0].replace(',', '.') ?? null;

/** The numbers of a text that have an "only" word at most two words away. */
function onlyNumbers(text: string, lang: Lang): Set<string> {
  const ws = words(text);
  const found = new Set<string>();
  ws.forEach((w, i) => {
    const n = numberOf(w);
    if (n !== null && ws.slice(Math.max(0, i - 2), i + 3).some((x) => ONLY[lang].test(x))) found.add(n);
  });
  return found;
}

/** What each source calls "only", from its quotes, in the quotes' own language. */
function sourceOnly(model: Model): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const q of model.sourceQuotes) {
    const lang = (LANGS as readonly string[]).includes(q.language) ? (q.language as Lang) : null;
    if (!lang) continue;
    const set = bySource.get(q.sourceId) ?? new Set<string>();
    for (const n of onlyNumbers(q.quote, lang)) set.add(n);
    bySource.set(q.sourceId, set);
  }
  return bySource;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Each figure cited in an HTML fragment that has an "only" word beside it, with its source. */
function figuresCalledOnly(html: string, lang: Lang): { sourceId: string; figure: string }[] {
  const { document } = parseHTML('<html><body></body></html>');
  const found: { sourceId: string; figure: string }[] = [];
  const blocks = parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll(
    'p, li, td, h2, h3',
  );
  for (const block of blocks) {
    // Mark each cited span in the block's text, so its neighbours stay in view.
    const marked = block.innerHTML.replace(
      /<a\b[^>]*\bdata-source="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g,
      (_: string, id: string, inner: string) => `${OPEN}${id}${OPEN}${inner}${CLOSE}`,
    );
    const holder = document.createElement('div');
    holder.innerHTML = marked;
    const text = holder.textContent ?? '';
    for (const m of text.matchAll(new RegExp(`${OPEN}([^${OPEN}]+)${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g'))) {
      const [whole, sourceId = '', inner = ''] = m;
      const plain = (s: string) =>
        s.replace(new RegExp(`[${OPEN}${CLOSE}]|${OPEN}[^${OPEN}]+${OPEN}`, 'g'), '');
      // One word either side, within the clause: "2G/3G only, 120 with 4G" calls 120 nothing.
      const before = words(plain(text.slice(0, m.index)).split(CLAUSE).at(-1) ?? '').slice(-1);
      const after = words(plain(text.slice((m.index ?? 0) + whole.length)).split(CLAUSE)[0] ?? '').slice(
        0,
        1,
      );
      const around = [...before, ...words(inner), ...after];
      if (!around.some((w) => ONLY[lang].test(w))) continue;
      for (const w of words(inner)) {
        const figure = numberOf(w);
        if (figure !== null) found.push({ sourceId, figure });
      }
    }
  }
  return found;
}

function renderedStory(model: Model, lang: Lang): string {
  const text = readFileSync(resolve(ROOT, copyFile('story', lang)), 'utf8');
  return Markdoc.renderers.html(
    Markdoc.transform(Markdoc.parse(text), copyConfig(copyContext(model, lang, 'story'))),
  );
}

function realModel(): Model {
  const { dataset, issues } = loadDataset(resolve(ROOT, 'data'));
  if (!dataset) throw new Error(`data/ does not validate: ${JSON.stringify(issues)}`);
  return buildModel(dataset);
}

describe('the checker of the "only" rule', () => {
  const model = laterYearsModel();
  const source = model.sources[0]?.id ?? '';
  const cite = (inner: string) => `<a class="cite" data-source="${source}">${inner}</a>`;

  test('finds "only" inside a cited span, or a word before or after it', () => {
    expect(figuresCalledOnly(`<p>The farm department ${cite('only 17')} online.</p>`, 'en')).toEqual([
      { sourceId: source, figure: '17' },
    ]);
    expect(figuresCalledOnly(`<p>В управлении — лишь ${cite('17')} услуг.</p>`, 'ru')).toEqual([
      { sourceId: source, figure: '17' },
    ]);
    expect(figuresCalledOnly(`<p>Басқармада ${cite('17 қызмет')} ғана.</p>`, 'kk')).toEqual([
      { sourceId: source, figure: '17' },
    ]);
  });

  test('leaves figures with no "only" near them, and "only" of another clause or word', () => {
    expect(figuresCalledOnly(`<p>It moved ${cite('11 kinds')} online; another 17.</p>`, 'en')).toEqual([]);
    expect(figuresCalledOnly(`<p>The article gives only the number, ${cite('26')}.</p>`, 'en')).toEqual([]);
    expect(figuresCalledOnly(`<p>${cite('250')} with 2G/3G only, ${cite('120')} with 4G.</p>`, 'en')).toEqual(
      [],
    );
    expect(figuresCalledOnly(`<p>${cite('26')} ауылдың тек санын келтіреді.</p>`, 'kk')).toEqual([]);
  });

  test('reads what a source calls "only" from its quotes', () => {
    const quoted: Model = {
      ...model,
      sourceQuotes: [
        {
          ...(model.sourceQuotes[0] ?? ({} as Model['sourceQuotes'][number])),
          sourceId: source,
          language: 'kk',
          quote: 'Басқармасында 11, ауыл шаруашылығы басқармасында 17 қызметке ғана орындалыпты.',
        },
      ],
    };
    expect([...(sourceOnly(quoted).get(source) ?? [])]).toEqual(['17']);
  });
});

describe.each(LANGS)('the %s story on the real data', (lang) => {
  const model = realModel();
  const said = sourceOnly(model);

  test('calls a figure "only" only where its source does', () => {
    const wrong = figuresCalledOnly(renderedStory(model, lang), lang).filter(
      ({ sourceId, figure }) => !said.get(sourceId)?.has(figure),
    );
    expect(wrong, 'figures the story calls "only" that their source does not').toEqual([]);
  });
});
