/** Numbers the sources a page cites in order of first citation, like footnotes in print. */

import { sourceOf } from './queries.ts';
import type { Model, Source } from './types.ts';

export class Citations {
  readonly #model: Model;
  readonly #order: string[] = [];
  constructor(model: Model) {
    this.#model = model;
  }
  /** The footnote number of a source; cites it if it was not cited yet. */
  cite(sourceId: string): number {
    let index = this.#order.indexOf(sourceId);
    if (index < 0) {
      sourceOf(this.#model, sourceId);
      index = this.#order.push(sourceId) - 1;
    }
    return index + 1;
  }
  get sources(): Source[] {
    return this.#order.map((id) => sourceOf(this.#model, id));
  }
}
