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

describe('town labels among village markers', () => {
  for (const villageLabels of [true, false])
    test(`every labelled town keeps its name, clear of every village marker${villageLabels ? ' and name' : ''}`, () => {
      const svg = staticMapMarkup(crowded, { look: 'attributes', lang: 'kk', names, villageLabels });
      const all = labels(svg);
      const width = (l: (typeof all)[number]) => l.text.length * 7;
      const box = (l: (typeof all)[number]) => {
        const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width(l) : l.x - width(l) / 2;
        return { x0, x1: x0 + width(l), y0: l.y - 10, y1: l.y + 2 };
      };
      for (const town of ['Облыс орталығы', 'Қала']) {
        const label = all.find((l) => l.text === town);
        expect(label, town).toBeDefined();
        if (!label) continue;
        const b = box(label);
        for (const v of crowded.villages) {
          const clear = b.x1 < v.x - 7 || b.x0 > v.x + 7 || b.y1 < v.y - 7 || b.y0 > v.y + 7;
          expect(clear, `${town} over village ${v.id}`).toBe(true);
        }
        for (const other of all.filter((l) => l !== label)) {
          const o = box(other);
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
