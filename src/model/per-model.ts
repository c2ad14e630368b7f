/**
 * A cache of values derived from a model, by key: each is made once per model and key, and goes with
 * its model (a dev server rebuilds the model when data/ changes, and the old values are dropped).
 */
import type { Model } from './types.ts';

export function perModel<T>(): (model: Model, key: string, make: () => T) => T {
  const cache = new WeakMap<Model, Map<string, T>>();
  return (model, key, make) => {
    let values = cache.get(model);
    if (!values) {
      values = new Map();
      cache.set(model, values);
    }
    if (!values.has(key)) values.set(key, make());
    return values.get(key) as T;
  };
}
