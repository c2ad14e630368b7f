import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { pngSize } from '../../src/reuse/png.ts';
import { SHARE_CARD, shareCardPng, shareCardSvg, shareCardText } from '../../src/reuse/share-card.ts';
import { loadMutated } from '../helpers/fixture.ts';

// The synthetic fixture with the two indicators of the first screen added; figures are invented.
const append = (rows: string) => (text: string) => `${text.trimEnd()}\n${rows}\n`;
// The findings find these by their role (the last column), not by id.
const OFFLINE = 'villages-without-internet';
const NO_MOBILE = 'settlements-no-mobile-internet';
function fixtureModel(extraValues = '') {
  const result = loadMutated({
    'indicators.csv': append(
      [
        `${OFFLINE},count,Интернеті жоқ ауылдар,Сёла без интернета,Villages without internet,Анықтама.,Определение.,Definition.,first-count`,
        `${NO_MOBILE},count,Мобильді интернеті жоқ,Без мобильного интернета,No mobile internet,Анықтама.,Определение.,Definition.,latest-count`,
      ].join('\n'),
    ),
    'indicator-values.csv': append(
      [
        `front-first,${OFFLINE},testland,2017,43,report,`,
        `front-latest,${NO_MOBILE},testland,2023/2024-09,9,report,`,
        extraValues,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
  });
  if (!result.dataset) throw new Error(`fixture invalid: ${JSON.stringify(result.issues)}`);
  return buildModel(result.dataset);
}

describe.each(LANGS)('the share card in %s', (lang) => {
  const model = fixtureModel();
  const text = shareCardText(model, lang);

  test('carries the headline and the three findings’ numbers from the data', () => {
    expect(text.headline).toBe(t(lang, 'front.headline', { region: siteRegion(model).names[lang] }));
    // 9 settlements in the latest count, of which the fixture names 1 (alpha): 8 are unnamed.
    expect(text.items.map((i) => i.number)).toEqual(['43', '9', '8']);
    expect(text.alt.startsWith(text.headline)).toBe(true);
    expect(text.alt).toContain(text.items[2]?.caption ?? '?');
  });

  test('follows a valid later row instead of keeping an old figure', () => {
    const later = shareCardText(fixtureModel(`front-newer,${NO_MOBILE},testland,2025-05,3,report,`), lang);
    expect(later.items.map((i) => i.number)).toEqual(['43', '3', '2']);
  });

  test('is a 1200×630 PNG within 150 KB, whatever the headline length', () => {
    const png = shareCardPng(model, lang);
    expect(pngSize(png.bytes)).toEqual(SHARE_CARD);
    expect(png.bytes.byteLength).toBeLessThan(150 * 1024);
    const long = shareCardSvg({ ...text, headline: `${text.headline} `.repeat(6) });
    // A headline too long for the card is cut to three lines rather than pushing the numbers off it.
    expect(long.match(/font-size="48"/g)).toHaveLength(3);
  });

  test('says nothing it cannot source: without the counts it shows only the headline', () => {
    const { dataset } = loadMutated({});
    if (!dataset) throw new Error('fixture invalid');
    const bare = shareCardText(buildModel(dataset), lang);
    expect(bare.items).toEqual([]);
    expect(bare.sourcesNote).toBe(t(lang, 'front.card.sources'));
  });
});
