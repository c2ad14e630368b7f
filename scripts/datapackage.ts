/** `npm run datapackage`: rewrites data/datapackage.json and the column reference in data/README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { datapackageDescriptor, withColumnReference } from '../src/data/datapackage.ts';

writeFileSync('data/datapackage.json', `${JSON.stringify(datapackageDescriptor(), null, 2)}\n`);
writeFileSync('data/README.md', withColumnReference(readFileSync('data/README.md', 'utf8')));
console.error('wrote data/datapackage.json and the column reference in data/README.md');
