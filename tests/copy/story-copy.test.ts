/**
 * The story's copy rendered against the later-years fixture: it passes the copy check, prints the
 * fixture's own figures, and leaves out every passage the fixture's data cannot support (here, all
 * that cite sources the fixture does not have, and the "?" while a later report exists).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Markdoc from '@markdoc/markdoc';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { checkCopy, copyConfig, formatCopyIssue } from '../../src/copy/check.ts';
import { copyContext, copyFile } from '../../src/copy/page-context.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { storyFacts } from '../../src/model/story.ts';
import type { Lang, Model } from '../../src/model/types.ts';
import { laterYearsModel } from '../charts/chart-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const copyText = (lang: Lang) => readFileSync(resolve(ROOT, copyFile('story', lang)), 'utf8');
const model = laterYearsModel();

function rendered(m: Model, lang: Lang) {
  const ctx = copyContext(m, lang, 'story');
  const html = Markdoc.renderers.html(Markdoc.transform(Markdoc.parse(copyText(lang)), copyConfig(ctx)));
  return parseHTML(`<html><body>${html}</body></html>`).document;
}

/** The later-years model with a later report on the first named village, so "now unknown" is false. */
function withLaterReport(): Model {
  const id = storyFacts(model).latestNamedVillages[0];
  return {
    ...model,
    villages: model.villages.map((v) => {
      if (v.id !== id) return v;
      const report = { ...v.latest, id: `${v.id}-later`, status: 'connected-fibre' as const };
      return { ...v, history: [...v.history, report], latest: report };
    }),
  };
}

describe.each(LANGS)('the %s story copy on the later-years fixture', (lang) => {
  const doc = rendered(model, lang);
  const facts = storyFacts(model);

  test('passes the copy check', () => {
    expect(checkCopy(copyText(lang), copyContext(model, lang, 'story')).map(formatCopyIssue)).toEqual([]);
  });

  test('prints the fixture’s own first and latest counts, linked to their sources', () => {
    const figs = [...doc.querySelectorAll('a.fig')].map((a) => [
      a.textContent,
      a.getAttribute('data-source'),
    ]);
    expect(figs).toContainEqual([
      formatNumber(lang, (facts.first || undefined)?.value ?? Number.NaN),
      (facts.first || undefined)?.sourceId,
    ]);
    expect(figs).toContainEqual([
      formatNumber(lang, (facts.latest || undefined)?.value ?? Number.NaN),
      (facts.latest || undefined)?.sourceId,
    ]);
  });

  test('cites only sources the fixture has, so passages on real sources are left out', () => {
    const cited = new Set(
      [...doc.querySelectorAll('[data-source]')].map((a) => a.getAttribute('data-source')),
    );
    expect(cited.size).toBeGreaterThan(0);
    for (const id of cited) expect(model.sources.map((s) => s.id)).toContain(id);
    expect(doc.body.textContent).not.toMatch(/\{%|\{\w+\}/);
  });

  test('the "?" of the first screen stays only while no later report exists', () => {
    const items = (d: Document) => d.querySelectorAll('.sequence li').length;
    expect(items(doc)).toBe(3);
    expect(items(rendered(withLaterReport(), lang))).toBe(2);
  });
});

describe.each(LANGS)('a later count of the first measure (%s)', (lang) => {
  test('is told when the data hold one, and not otherwise', () => {
    const later = storyFacts(model).firstRepeated;
    expect(later).not.toBe(false);
    const sources = (d: Document) => [...d.querySelectorAll('a.fig')].map((a) => a.textContent);
    expect(sources(rendered(model, lang))).toContain(
      formatNumber(lang, (later || undefined)?.value ?? Number.NaN),
    );
    const firstId = model.indicators.find((i) => i.role === 'first-count')?.id;
    const earliest = storyFacts(model).first;
    const without: Model = {
      ...model,
      indicatorValues: model.indicatorValues.filter(
        (v) =>
          v.indicatorId !== firstId ||
          (typeof v.date === 'object' && v.date.text === (earliest || undefined)?.date),
      ),
    };
    expect(storyFacts(without).firstRepeated).toBe(false);
    expect(rendered(without, lang).querySelectorAll('a.fig').length).toBeLessThan(
      rendered(model, lang).querySelectorAll('a.fig').length,
    );
  });
});
