import { defineStrings } from '../define-strings.ts';

/** Strings of the story area (owned by whoever builds it; keys are prefixed `story.`). */
export const story = defineStrings({
  kk: {},
  ru: {},
  en: {},
});
