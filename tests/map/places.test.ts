import { expect, test } from 'vitest';
import { labelledPlaces, placeLabel } from '../../src/map/places.ts';
import type { Place } from '../../src/model/types.ts';

const place = (id: string, population: number | null, featureCode = 'PPL'): Place => ({
  id,
  nameEn: id,
  nameKk: null,
  nameRu: null,
  featureCode,
  population,
  position: [0, 0],
});

test('labelledPlaces(places, count) puts the regional seat first, then the most populous', () => {
  const places = [place('a', 500), place('seat', 10, 'PPLA'), place('b', 900), place('c', null)];
  expect([...labelledPlaces(places, 2)]).toEqual(['seat', 'b']);
});

test('labelledPlaces(places, count) breaks ties by id, so labels do not move between builds', () => {
  expect([...labelledPlaces([place('y', 5), place('x', 5)], 1)]).toEqual(['x']);
});

test('placeLabel(place, lang) gives the Cyrillic name on kk and ru pages, never the Latin one', () => {
  const taraz = { nameEn: 'Taraz', nameKk: 'Тараз', nameRu: 'Тараз' };
  const chu = { nameEn: 'Chu', nameKk: null, nameRu: null };
  expect([placeLabel(taraz, 'kk'), placeLabel(taraz, 'ru'), placeLabel(taraz, 'en')]).toEqual([
    'Тараз',
    'Тараз',
    'Taraz',
  ]);
  expect([placeLabel(chu, 'kk'), placeLabel(chu, 'ru'), placeLabel(chu, 'en')]).toEqual([null, null, 'Chu']);
});
