/**
 * data/source-quotes.csv: the exact words a figure rests on. Each bad row gets one plain message at
 * its cell; the model hands the quotes to pages by source and by the data row they back.
 */
import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/model/build-model.ts';
import { quotesFor, quotesOf } from '../../src/model/source-quotes.ts';
import { loadMutated, messages, replace } from '../helpers/fixture.ts';

describe('source-quotes.csv in the validator', () => {
  test.each([
    [
      'a source that is not in sources.csv',
      replace('report-offline,report,', 'report-offline,reprot,'),
      'data/source-quotes.csv:2:2 error [unknown-reference] column "source_id": "reprot" is not an id in data/sources.csv. Did you mean "report"? Add that row first, or fix the spelling.',
    ],
    [
      'a language the site does not have',
      replace('2018.",en,', '2018.",de,'),
      'data/source-quotes.csv:2:4 error [not-in-list] column "language": found "de", expected one of: kk, ru, en.',
    ],
    [
      'an empty quote',
      replace('"Synthetic quote: 26 villages were offline in 2018."', ''),
      'data/source-quotes.csv:2:3 error [missing-value] column "quote": the cell is empty, but this column must be filled in.',
    ],
  ])('%s is one plain error at its cell', (_what, edit, expected) => {
    const r = loadMutated({ 'source-quotes.csv': edit });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([expected]);
  });
});

test('a row it backs that does not exist is one plain warning at its cell; the data still loads', () => {
  const r = loadMutated({
    'source-quotes.csv': replace('paragraph 2,offline-2018', 'paragraph 2,offline-2019'),
  });
  expect(r.dataset).not.toBeNull();
  expect(messages(r, 'warning')).toEqual([
    'data/source-quotes.csv:2:6 warning [quote-backs-no-row] column "supports": "offline-2019" is not the id of a row in indicator-values.csv, village-statuses.csv, digitization.csv, services.csv, so this quote backs nothing there. Did you mean "offline-2018"? Write the id of the row this quote backs, or remove it from the list.',
  ]);
});

describe('quotes in the model', () => {
  const r = loadMutated({});
  if (!r.dataset) throw new Error('the valid fixture must load');
  const model = buildModel(r.dataset);

  test('every row of the file becomes one quote, with the rows it backs split into ids', () => {
    expect(model.sourceQuotes.map((q) => q.id)).toEqual([
      'report-offline',
      'report-education',
      'map-outline',
    ]);
    expect(model.sourceQuotes[1]?.supports).toEqual(['education-2018', 'alpha-2023-2024']);
    expect(model.sourceQuotes[2]?.supports).toEqual([]);
  });

  test('quotesOf gives a source’s quotes; quotesFor gives the quotes behind one data row', () => {
    expect(quotesOf(model, 'report').map((q) => q.id)).toEqual(['report-offline', 'report-education']);
    expect(quotesOf(model, 'map').map((q) => q.where)).toEqual(['legend']);
    expect(quotesFor(model, 'alpha-2023-2024').map((q) => q.id)).toEqual(['report-education']);
    expect(quotesFor(model, 'offline-later')).toEqual([]);
  });
});
