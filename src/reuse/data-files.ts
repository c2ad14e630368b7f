/** The files of the published data package under `/data/package/`, as the data page lists them. */
import { GEO_FILES, TABLES } from '../data/schema.ts';

export const DESCRIPTOR = 'datapackage.json';

/** The descriptor, its resources, and the two READMEs that document them. */
export const PACKAGE_FILES: readonly string[] = [
  DESCRIPTOR,
  ...TABLES.map((t) => t.path),
  ...Object.values(GEO_FILES),
  'README.md',
  'geo/README.md',
];
