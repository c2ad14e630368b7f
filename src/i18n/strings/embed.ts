import { defineStrings } from '../define-strings.ts';

/** Strings of the embed area (owned by whoever builds it; keys are prefixed `embed.`). */
export const embed = defineStrings({
  kk: {},
  ru: {},
  en: {},
});
