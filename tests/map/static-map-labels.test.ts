import { describe, expect, test } from 'vitest';
import type { StaticMapLayout } from '../../src/map/static-map.ts';
import { staticMapMarkup } from '../../src/map/static-map-svg.ts';

/** A town among a cluster of villages, as the regional seat sits among the villages near it on a phone. */
const crowded: StaticMapLayout = {
  width: 312,
  height: 240,
  geometryViewBox: '0 0 1000 770',
  geometryScale: 0.3,
  regionPath: 'M0,0l1000 0 0 770-1000 0z',
  neighbourPaths: [],
  villages: [
    { id: 'v1', x: 150, y: 100, status: 'no-mobile-internet', dated: true },
    { id: 'v2', x: 158, y: 113, status: 'awaiting-connection', dated: true },
    { id: 'v3', x: 150, y: 126, status: 'connected-mobile', dated: false },
  ],
  places: [
    { id: 'seat', x: 160, y: 118, nameEn: 'Seat', nameKk: 'Облыс орталығы', nameRu: 'Центр', labelled: true },
    { id: 'town', x: 130, y: 104, nameEn: 'Town', nameKk: 'Қала', nameRu: 'Город', labelled: true },
  ],
};
const names = new Map([
  ['v1', 'Бірінші ауыл'],
  ['v2', 'Екінші ауыл'],
  ['v3', 'Үшінші ауыл'],
]);

/** Every label's text and baseline, in the order drawn. */
const labels = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"(?: text-anchor="(\w+)")?[^>]*>([^<]+)<\/text>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      anchor: m[3] ?? 'start',
      text: m[4] ?? '',
    }),
  );
type Label = ReturnType<typeof labels>[number];

/** A label's box as drawn: 12 px type, at most 7 px a letter, from cap height to below the baseline. */
function labelBox(l: Label) {
  const width = l.text.length * 7;
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { x0, x1: x0 + width, y0: l.y - 10, y1: l.y + 2 };
}

describe('town labels among village markers', () => {
  for (const villageLabels of [true, false])
    test(`every labelled town keeps its name, clear of every village marker${villageLabels ? ' and name' : ''}`, () => {
      const svg = staticMapMarkup(crowded, { look: 'attributes', lang: 'kk', names, villageLabels });
      const all = labels(svg);
      for (const town of ['Облыс орталығы', 'Қала']) {
        const label = all.find((l) => l.text === town);
        expect(label, town).toBeDefined();
        if (!label) continue;
        const b = labelBox(label);
        for (const v of crowded.villages) {
          const clear = b.x1 < v.x - 7 || b.x0 > v.x + 7 || b.y1 < v.y - 7 || b.y0 > v.y + 7;
          expect(clear, `${town} over village ${v.id}`).toBe(true);
        }
        for (const other of all.filter((l) => l !== label)) {
          const o = labelBox(other);
          const apart = b.x1 <= o.x0 || o.x1 <= b.x0 || b.y1 <= o.y0 || o.y1 <= b.y0;
          expect(apart, `${town} over ${other.text}`).toBe(true);
        }
      }
    });

  test('a town name moved away from its square gets a line back to it', () => {
    const svg = staticMapMarkup(crowded, { look: 'attributes', lang: 'kk', names, villageLabels: true });
    expect(svg).toMatch(/<path d="M160,118L[\d.]+,[\d.]+" stroke=/);
  });
});

/**
 * A town with no clear spot for its name: hemmed in by the frame on the left, a neighbouring town's
 * name above, village markers to the right and more villages' names higher up (as the phone map's
 * south-west corner is). Its name may cover a marker's edge, never the other town's name.
 */
const hemmed: StaticMapLayout = {
  ...crowded,
  height: 244,
  villages: [
    { id: 'g', x: 42.2, y: 78.5, status: 'no-mobile-internet', dated: true },
    { id: 'h', x: 49.5, y: 77.7, status: 'no-mobile-internet', dated: true },
    { id: 'i', x: 61.6, y: 78.4, status: 'no-mobile-internet', dated: true },
    { id: 'a', x: 48.1, y: 118.9, status: 'no-mobile-internet', dated: true },
    { id: 'b', x: 51.5, y: 121.2, status: 'no-mobile-internet', dated: true },
    { id: 'c', x: 55.2, y: 126.7, status: 'slow-internet', dated: false },
    { id: 'd', x: 87.6, y: 188.8, status: 'awaiting-connection', dated: false },
    { id: 'e', x: 95.4, y: 195.2, status: 'awaiting-connection', dated: true },
    { id: 'f', x: 94.7, y: 212.2, status: 'connected-mobile', dated: false },
  ],
  places: [
    { id: 'west', x: 27.5, y: 157.2, nameEn: 'West', nameKk: 'Батысқа', nameRu: 'Запад', labelled: true },
    { id: 'south', x: 60.1, y: 182.2, nameEn: 'South', nameKk: 'Оңтүстік', nameRu: 'Юг', labelled: true },
    { id: 'seat', x: 100.8, y: 200.4, nameEn: 'Seat', nameKk: 'Орталық', nameRu: 'Центр', labelled: true },
  ],
};
const hemmedNames = new Map([
  ['a', 'Үлкен ауылы'],
  ['b', 'Кіші ауылы'],
  ['c', 'Ауылша'],
  ['d', 'Шығыс ауыл'],
  ['e', 'Жаңа ауыл'],
  ['f', 'Орта ауыл'],
  ['g', 'Шеткі'],
  ['h', 'Ортаңғы'],
  ['i', 'Шығысқы'],
]);

test('a town name with nowhere clear to go covers no other name', () => {
  const svg = staticMapMarkup(hemmed, {
    look: 'attributes',
    lang: 'kk',
    names: hemmedNames,
    villageLabels: true,
  });
  const all = labels(svg);
  expect(all.map((l) => l.text)).toEqual(expect.arrayContaining(['Батысқа', 'Оңтүстік', 'Орталық']));
  for (const [i, a] of all.entries())
    for (const b of all.slice(i + 1)) {
      const p = labelBox(a);
      const q = labelBox(b);
      const apart = p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 || q.y1 <= p.y0;
      expect(apart, `${a.text} over ${b.text}`).toBe(true);
    }
});
