import type { Lang } from '../model/types.ts';

type Table = Readonly<Record<string, string>>;

/**
 * One table of UI strings in all three languages. The type makes a key missing in any
 * language, or one that only some languages have, a compile error, so no page can ship
 * half-translated. The strings keep their literal types, so `t()` knows each key's
 * `{placeholders}`.
 */
export function defineStrings<
  const T extends { readonly kk: Table } & Readonly<Record<Exclude<Lang, 'kk'>, Table>>,
>(
  table: T & {
    readonly [L in Lang]: Readonly<Record<keyof T['kk'], string>> & {
      readonly [X in Exclude<keyof T[L], keyof T['kk']>]: never;
    };
  },
): T {
  return table;
}

/** The `{names}` in a string literal type: `'{n} of {total}'` → `'n' | 'total'`. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
