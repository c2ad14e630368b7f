/**
 * The copy check: every way a copy file can go wrong names its file and line, and a sentence that
 * states a figure without a source stops the build. Run on the later-years fixture's model.
 */
import { describe, expect, test } from 'vitest';
import { checkCopy, copySentences, formatCopyIssue } from '../../src/copy/check.ts';
import type { CopyContext } from '../../src/copy/context.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { Citations } from '../../src/model/citations.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { storyFacts } from '../../src/model/story.ts';
import { laterYearsModel } from '../charts/chart-fixture.ts';

const model = laterYearsModel();
const region = siteRegion(model);
const facts = storyFacts(model, region.id);
const FILE = 'src/content/story/en.mdoc';
const ctx = (): CopyContext => ({
  lang: 'en',
  model,
  regionId: region.id,
  citations: new Citations(model),
  chartIds: ['departments'],
  facts,
  file: FILE,
  links: { villages: '/en/villages/' },
});
const first = model.indicatorValues.find(
  (v) => v.indicatorId === 'villages-without-internet' && v.date !== 'not-reported',
);
const firstDate = typeof first?.date === 'object' ? first.date.text : '';
const sourceId = model.sources[0]?.id ?? '';
const issues = (text: string) => checkCopy(text, ctx()).map(formatCopyIssue);

describe('checkCopy', () => {
  test('a clean file passes', () => {
    const text = `# Title\n\nIn the report, {% figure indicator="villages-without-internet" date="${firstDate}" /%} villages had no internet.\n\n{% source id="${sourceId}" %}A source{% /source %} says 3 more.\n\n{% chart id="departments" /%}\n`;
    expect(issues(text)).toEqual([]);
  });

  test.each([
    ['an unknown tag', '{% figur indicator="x" /%}', /:3: Undefined tag: 'figur'/],
    [
      'an unknown attribute',
      `{% figure indicator="villages-without-internet" date="${firstDate}" size=2 /%}`,
      /:3: Invalid attribute: 'size'/,
    ],
    [
      'an unknown indicator',
      '{% figure indicator="no-such" date="2018" /%}',
      /:3: no indicator "no-such" in data\/indicators.csv/,
    ],
    [
      'an unknown source',
      '{% source id="no-such" %}x{% /source %}',
      /:3: no source "no-such" in data\/sources.csv/,
    ],
    ['an unknown chart', '{% chart id="no-such" /%}', /:3: no chart "no-such"/],
    ['an unknown fact', '{% if $facts.noSuch %}x{% /if %}', /:3: no fact named "noSuch"/],
    ['an unknown page', '{% link to="nowhere" %}x{% /link %}', /:3: no page "nowhere"/],
    [
      'a value the data lack',
      '{% figure indicator="villages-without-internet" date="1999" /%} villages.',
      /:3: indicator "villages-without-internet" has no value dated "1999"/,
    ],
  ])('%s stops the build with file:line', (_, body, message) => {
    const found = issues(`# Title\n\n${body}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${FILE}${message.source}`));
  });

  test('a sentence with a digit and no source fails; the next one, cited, does not', () => {
    const found = issues(
      `# Title\n\nThe region has 412 villages. {% source id="${sourceId}" %}The source{% /source %} says 12.\n`,
    );
    expect(found).toEqual([
      `${FILE}:3: this sentence states a figure but cites no source; use a figure tag or {% source id="…" %}: "The region has 412 villages."`,
    ]);
  });

  test('an id inside a false {% if %} is not published, so it waits for data', () => {
    expect(
      issues(
        '# T\n\n{% if false %}{% figure indicator="villages-without-internet" date="1999" /%}{% /if %}\n',
      ),
    ).toEqual([]);
    expect(
      issues(
        '# T\n\n{% if true %}{% figure indicator="villages-without-internet" date="1999" /%}{% /if %}\n',
      ),
    ).toHaveLength(1);
  });
});

describe('copySentences', () => {
  test('lists published sentences with their line, text and cited sources', () => {
    const text = `# Title\n\nNo figure here.\n\nIt was {% figure fact="first" /%} then. And {% source id="${sourceId}" %}a source{% /source %} said so.\n{% if false %}\nHidden {% source id="${sourceId}" %}claim{% /source %}.\n{% /if %}\n`;
    const records = copySentences(text, ctx());
    expect(records).toEqual([
      {
        lang: 'en',
        file: FILE,
        line: 5,
        text: `It was ${formatNumber('en', (facts.first || undefined)?.value ?? Number.NaN)} then.`,
        sourceIds: [(facts.first || undefined)?.sourceId],
      },
      { lang: 'en', file: FILE, line: 5, text: 'And a source said so.', sourceIds: [sourceId] },
    ]);
  });
});
