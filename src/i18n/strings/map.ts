import { defineStrings } from '../define-strings.ts';

/** Strings of the map area (owned by whoever builds it; keys are prefixed `map.`). */
export const map = defineStrings({
  kk: {},
  ru: {},
  en: {},
});
