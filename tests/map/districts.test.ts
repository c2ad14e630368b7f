import { describe, expect, test } from 'vitest';
import { groupByDistrict } from '../../src/map/districts.ts';
import { mapFixtureModel } from './model.ts';

const model = mapFixtureModel();

describe('groupByDistrict(villages, districts, lang)', () => {
  test('assigns every village to exactly one group, the district its row names', () => {
    const groups = groupByDistrict(model.villages, model.districts, 'kk');
    const seen = groups.flatMap((g) => g.villages.map((v) => `${g.district.id}/${v.id}`));
    expect(seen.sort()).toEqual(model.villages.map((v) => `${v.districtId}/${v.id}`).sort());
  });

  test('leaves out districts without villages', () => {
    const groups = groupByDistrict(model.villages, model.districts, 'en');
    expect(groups.every((g) => g.villages.length > 0)).toBe(true);
    expect(groups.length).toBe(new Set(model.villages.map((v) => v.districtId)).size);
  });

  test('orders districts and villages alphabetically in the page’s language', () => {
    expect(groupByDistrict(model.villages, model.districts, 'kk').map((g) => g.district.id)).toEqual([
      'south', // Оңтүстік
      'north', // Солтүстік
    ]);
    expect(groupByDistrict(model.villages, model.districts, 'en').map((g) => g.district.id)).toEqual([
      'north',
      'south',
    ]);
    // Kazakh order puts Қ before Л, so Ақсу comes before Альфа.
    const north = groupByDistrict(model.villages, model.districts, 'kk')[1];
    expect(north?.villages.map((v) => v.names.kk)).toEqual(['Ақсу', 'Альфа', 'Ғарыш']);
  });

  test('fails loudly on a district the data does not have', () => {
    const [first] = model.villages;
    if (!first) throw new Error('no village');
    expect(() => groupByDistrict([{ ...first, districtId: 'atlantis' }], model.districts, 'kk')).toThrow(
      /atlantis/,
    );
  });
});
