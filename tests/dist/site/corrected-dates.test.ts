/**
 * A published error, pinned: the mayak1932.kz article was once dated "2023 – September 2024"; the
 * akim who chaired its meeting left office on 4 September 2023, so no built file may carry the old
 * upper bound again (data/README.md, sources.csv: `2022/2023-09`).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, filesUnder } from '../../helpers/dist.ts';

const OLD_BOUND = [
  /2023\/2024-09/,
  // A day before the month is a precise date of its own (13 September 2024), not the old bound.
  /(?<!\d\s)September 2024/i,
  /(?<!\d\s)сентябр[ьяе]\s+2024/i,
  /2024\s*ж\.?\s*қыркүйек/i,
  /қыркүйек\s+2024/i,
];
const TEXT_FILES = /\.(html|csv|json|svg|xml|txt|js|geojson)$/;

const files = (dir: string): string[] =>
  filesUnder(dir)
    .filter((name) => TEXT_FILES.test(name))
    .map((name) => join(dir, name));

describe('the corrected date of the mayak1932.kz article', () => {
  const built = files(DIST);

  it('reads text files of every kind from the build', () => {
    for (const ext of ['.html', '.csv', '.svg', '.json'])
      expect(built.some((f) => f.endsWith(ext))).toBe(true);
  });

  it('leaves the old September 2024 bound in no page, chart, CSV or embed', () => {
    const offenders = built.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return OLD_BOUND.filter((re) => re.test(text)).map((re) => `${relative(DIST, file)}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it('publishes the corrected interval in the data package', () => {
    const csv = built.filter((f) => f.endsWith('.csv')).map((f) => readFileSync(f, 'utf8'));
    expect(csv.some((text) => text.includes('2022/2023-09'))).toBe(true);
  });
});
