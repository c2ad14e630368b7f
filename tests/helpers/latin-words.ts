/**
 * Latin-script words in a text, leaving out what a Kazakh or Russian newspaper also prints in Latin
 * letters: addresses, domains, file names and the proper names of products, formats, licences and
 * organisations. Anything else in Latin script is prose that should have been translated.
 */

/** Proper names of products, formats, licences, organisations and keys; compared case-sensitively. */
const LATIN_NAMES: ReadonlySet<string> = new Set([
  'OpenStreetMap',
  'OSM',
  'HOT',
  'GeoNames',
  'Natural',
  'Earth',
  'geokz',
  'eGov',
  'Starlink',
  'ADSL',
  'IT',
  'e-Otinish',
  'eOtinish',
  'Kazinform',
  'Energyprom',
  'ODbL',
  'CC',
  'BY',
  'MIT',
  'URL',
  'HTTP',
  'HTTPS',
  'WGS',
  'GitHub',
  'R',
  'HDX',
  'SVG',
  'PNG',
  'CSV',
  'XLSX',
  'JSON',
  'GeoJSON',
  'HTML',
  'JavaScript',
  'Excel',
  'LibreOffice',
  'Frictionless',
  'Data',
  'Package',
  'UTF',
  'BOM',
  'ISO',
  'KATO',
  'git',
  'oEmbed',
  'iframe',
  'Tab',
  'Enter',
  'Escape',
  'WhatsApp',
  'Facebook',
  'Telegram',
]);

/** Addresses, domains and paths: a token with a scheme, a dot between letters, or a slash ("data/"). */
const URL_OR_PATH = /\b(?:https?:\/\/|www\.)\S+|\S*[\p{L}\d]\.[\p{L}\d]\S*|\S*[\p{L}\d]\/\S*/gu;
/** A word of Latin letters only (apostrophes and hyphens inside); "4G" is not one. */
const LATIN_WORD = /(?<![\p{L}\d])[A-Za-z]+(?:['’-][A-Za-z]+)*(?![\p{L}\d])/gu;

export function latinWords(text: string): string[] {
  const prose = text.replace(URL_OR_PATH, ' ');
  return [...prose.matchAll(LATIN_WORD)].map((m) => m[0]).filter((w) => !LATIN_NAMES.has(w));
}
