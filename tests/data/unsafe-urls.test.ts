/**
 * Addresses in the data become links on every page, so only web addresses pass the validator. This
 * lived in the hostile-data build test, where a missing browser also took it down; it needs neither.
 */
import { expect, test } from 'vitest';
import { loadMutated, replace } from '../helpers/fixture.ts';

test.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox(1)'])(
  'a source address %s is refused by the validator',
  (url) => {
    const r = loadMutated({ 'sources.csv': replace('https://example.org/report', url) });
    expect(r.dataset).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain('invalid-url');
  },
);
