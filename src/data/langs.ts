/**
 * The languages of the site, and of the sources it cites: one list for the data contract, the model
 * and the interface. It lives in the data layer, the lowest one, so every layer can import it.
 */
export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
