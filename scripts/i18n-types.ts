/** `npm run i18n:types`: rewrites src/i18n/placeholders.ts from the Kazakh sentences' {placeholders}. */
import { readFileSync, writeFileSync } from 'node:fs';
import { placeholderTypes } from '../src/i18n/translation.ts';

const kk = JSON.parse(readFileSync('src/i18n/locales/kk.json', 'utf8'));
writeFileSync('src/i18n/placeholders.ts', placeholderTypes(kk));
console.error('wrote src/i18n/placeholders.ts');
