/**
 * The words a figure rests on: exact quotes from data/source-quotes.csv, looked up by source or by
 * the data row they back. Pure; a fact-check page joins figures to quotes through these.
 */
import type { Model, SourceQuote } from './types.ts';

/** Every quote from one source, in the order of the data file. */
export function quotesOf(model: Model, sourceId: string): SourceQuote[] {
  return model.sourceQuotes.filter((q) => q.sourceId === sourceId);
}

/** The quotes that back one data row (an indicator value, village status, digitization or service row). */
export function quotesFor(model: Model, rowId: string): SourceQuote[] {
  return model.sourceQuotes.filter((q) => q.supports.includes(rowId));
}
