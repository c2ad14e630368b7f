/**
 * `t()` never prints a `{placeholder}`: a missing value is a compile error (the `@ts-expect-error`
 * lines fail `npm run check` if it stops being one; the placeholders come from src/i18n/placeholders.ts,
 * written from kk.json) and, for a key chosen at run time, an error.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import { type ParamsOf, t, template, type UiKey } from '../../src/i18n/ui.ts';

describe('t()', () => {
  test('fills every placeholder it is given', () => {
    expect(t('en', 'site.name', { region: 'Zhambyl' })).toBe('Digital Zhambyl');
  });

  test('throws on a missing value instead of printing {name}', () => {
    const key = 'site.name' as UiKey;
    expect(() => t('en', key)).toThrow('t(en, site.name): no value for {region}');
    // @ts-expect-error: site.name needs {region}
    expect(() => t('ru', 'site.name')).toThrow(/\{region\}/);
    // @ts-expect-error: a value for the wrong placeholder
    expect(() => t('kk', 'site.name', { name: 'x' })).toThrow(/\{region\}/);
  });

  test('knows each key’s placeholders from its strings', () => {
    expectTypeOf<ParamsOf<'site.name'>>().toEqualTypeOf<'region'>();
    expectTypeOf<ParamsOf<'nav.story'>>().toEqualTypeOf<never>();
    // Every area's keys, the charts' included.
    expectTypeOf<ParamsOf<'chart.departments.title'>>().toEqualTypeOf<'date'>();
    // @ts-expect-error: chart.departments.title needs {date}
    expect(() => t('kk', 'chart.departments.title')).toThrow(/\{date\}/);
  });

  test('template() keeps the placeholders CitedText fills and fills the ones given', () => {
    expect(template('en', 'site.name')).toBe('Digital {region}');
    expect(template('en', 'site.name', { region: 'Zhambyl' })).toBe('Digital Zhambyl');
  });
});
