import { describe, expect, test } from 'vitest';
import { nameReadings, osmObjectId, reportNotes } from '../../src/map/village-entry.ts';
import { mapFixtureModel } from './model.ts';

describe('osmObjectId(url)', () => {
  test('reads the object number of an OpenStreetMap node, way or relation address', () => {
    expect(osmObjectId('https://www.openstreetmap.org/node/2583746246')).toBe('2583746246');
    expect(osmObjectId('https://openstreetmap.org/way/17')).toBe('17');
    expect(osmObjectId('http://www.openstreetmap.org/relation/5/')).toBe('5');
  });

  test('gives null for any other address, so the page falls back to its own words', () => {
    expect(osmObjectId(null)).toBeNull();
    expect(osmObjectId('https://example.org/node/1')).toBeNull();
    expect(osmObjectId('https://www.openstreetmap.org/node/1/history')).toBeNull();
    expect(osmObjectId('https://www.openstreetmap.org.evil.example/node/1')).toBeNull();
  });
});

describe('nameReadings(model, village)', () => {
  const model = mapFixtureModel();
  const village = (id: string) => {
    const v = model.villages.find((x) => x.id === id);
    if (!v) throw new Error(id);
    return v;
  };

  test('names the source’s spelling and our reading, in the source’s language', () => {
    expect(nameReadings(model, village('gamma'))).toEqual([
      { inSource: 'Garysh-Ulken', ours: 'Garysh', sourceId: 'report' },
    ]);
  });

  test('says nothing when every source has our name', () => {
    expect(nameReadings(model, village('alpha'))).toEqual([]);
  });
});

describe('reportNotes(villages, lang)', () => {
  const { villages } = mapFixtureModel();

  test('gives each language the notes written in it, with their village and report', () => {
    const en = reportNotes(villages, 'en');
    expect(en.notes.map((n) => [n.village.id, n.report.id, n.text])).toEqual([
      ['gamma', 'gamma-2020-12', 'The source also names Garysh-Kishi; it could not be located.'],
    ]);
    expect(en.untranslated).toBe(false);
    expect(reportNotes(villages, 'kk').notes.map((n) => n.text)).toEqual([
      'Дереккөз Ғарыш-Кішіні де атайды; оны табу мүмкін болмады.',
    ]);
    expect(reportNotes(villages, 'kk').untranslated).toBe(false);
  });

  test('a note missing in a language is not replaced by the English: it is flagged instead', () => {
    const ru = reportNotes(villages, 'ru');
    expect(ru.notes).toEqual([]);
    expect(ru.untranslated).toBe(true);
  });
});
