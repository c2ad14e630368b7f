/**
 * The built embed files against the model: every chart in every language has its page, images, data
 * and oEmbed; images are the size they claim; CSVs carry a BOM and read back to the chart's rows.
 * Reads dist/: build first (npm test does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { REGISTRY as EMBEDDABLES } from '../../../src/charts/registry.ts';
import { LANGS, localePath } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/ui.ts';
import { dataChangelog, dataReverts, dataVersion } from '../../../src/model/load-data-version.ts';
import { dataDir, getModel } from '../../../src/model/load-model.ts';
import { siteRegion } from '../../../src/model/queries.ts';
import type { Lang } from '../../../src/model/types.ts';
import { BOM, toCsv } from '../../../src/reuse/csv.ts';
import { PACKAGE_FILES } from '../../../src/reuse/data-files.ts';
import { withoutReverted } from '../../../src/reuse/data-history.ts';
import { pngSize } from '../../../src/reuse/png.ts';
import { DIST, readDist } from '../../helpers/dist.ts';
import { historyTest } from '../../helpers/history.ts';

interface LangEntry {
  title: string;
  embed: string;
  oembed: string;
  defaultHeight: number;
  png: { url: string; width: number; height: number };
  svg: { url: string; width: number; height: number };
  csv: string;
}
interface Manifest {
  dataVersion: string | null;
  script: string;
  message: string;
  charts: { id: string; languages: Record<Lang, LangEntry> }[];
  data: Record<string, string>;
}

const manifest = JSON.parse(readDist('embeds.json')) as Manifest;
const model = getModel();
const fileOf = (url: string) => {
  const path = new URL(url).pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
};
const bytesOf = (url: string) => readFileSync(fileOf(url));

test('embeds.json lists every chart and the map, in every language, with the host script', () => {
  expect(manifest.charts.map((c) => c.id)).toEqual(EMBEDDABLES.map((e) => e.chart.id));
  for (const c of manifest.charts) expect(Object.keys(c.languages)).toEqual([...LANGS]);
  expect(manifest.charts.map((c) => c.id)).toContain('villages-map');
  expect(manifest.dataVersion).toBe(dataVersion().commit);
  expect(existsSync(fileOf(manifest.script))).toBe(true);
});

test('every URL in embeds.json resolves to a built file', () => {
  const urls = [
    manifest.script,
    ...Object.values(manifest.data),
    ...manifest.charts.flatMap((c) =>
      Object.values(c.languages).flatMap((l) => [l.embed, l.oembed, l.png.url, l.svg.url, l.csv]),
    ),
  ];
  expect(urls.filter((u) => !existsSync(fileOf(u)))).toEqual([]);
});

describe.each(EMBEDDABLES.flatMap((e) => LANGS.map((lang) => [e.chart.id, lang] as const)))(
  '%s in %s',
  (id, lang) => {
    const entry = manifest.charts.find((c) => c.id === id)?.languages[lang] as LangEntry;
    const chart = EMBEDDABLES.find((e) => e.chart.id === id)?.chart;

    test('the PNG is a valid image of the stated size, twice the SVG', () => {
      expect(pngSize(bytesOf(entry.png.url))).toEqual({ width: entry.png.width, height: entry.png.height });
      expect(entry.png.width).toBe(entry.svg.width * 2);
    });

    test('the SVG file is standalone, of the stated size, naming DejaVu Sans first', () => {
      const svg = bytesOf(entry.svg.url).toString('utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect(svg).toContain(`width="${entry.svg.width}" height="${entry.svg.height}"`);
      expect(svg).toContain('font-family="&#39;DejaVu Sans&#39;');
    });

    test('the CSV is the chart’s table in the page language, and parses back to its rows', () => {
      const text = bytesOf(entry.csv).toString('utf8');
      expect(text.startsWith(BOM)).toBe(true);
      const table = chart?.prepare(model).table(lang);
      if (!table) throw new Error(`no chart ${id}`);
      const missing = t(lang, 'value.notReported');
      // The cell rules (quoting, formulas, "not reported") are csvCell's, tested on known cells in csv.test.ts.
      expect(text).toBe(toCsv(table.columns, table.rows, missing));
      const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data[0]).toEqual(table.columns.map((c) => c.label));
      expect(parsed.data).toHaveLength(table.rows.length + 1);
      // Numbers read back as the same numbers, and a figure no source gave as the words, never as 0.
      table.rows.forEach((row, i) => {
        table.columns.forEach((c, j) => {
          const cell = parsed.data[i + 1]?.[j];
          const value = row[c.key] ?? null;
          if (value === null) expect(cell).toBe(missing);
          else if (typeof value === 'number') expect(Number(cell)).toBe(value);
        });
      });
    });

    test('the oEmbed is rich, with the snippet, and the embed page links it and its image', () => {
      const oembed = JSON.parse(bytesOf(entry.oembed).toString('utf8'));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: entry.title });
      expect(oembed.html).toContain(`<iframe src="${entry.embed}"`);
      expect(oembed.html).toContain('loading="lazy"');
      expect(oembed.html).toContain(`height="${entry.defaultHeight}"`);
      expect(oembed.html).toContain('<noscript><img');
      expect(oembed.thumbnail_url).toBe(entry.png.url);
      const page = bytesOf(entry.embed).toString('utf8');
      expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${entry.oembed}"`);
      expect(page).toContain(`<meta property="og:image" content="${entry.png.url}">`);
      expect(page).toContain(`<meta name="twitter:image" content="${entry.png.url}">`);
      expect(page).not.toMatch(/\son[a-z]+=/);
    });
  },
);

test.each(LANGS)('the %s data page gives each embed code as text to select, in no form field', (lang) => {
  const html = readDist(`${localePath(lang, 'data/').slice(1)}index.html`);
  // Chromium's autofill lays the whole page out once for each form field as the page finishes
  // loading: five read-only text areas cost 20 to 40 ms there on a fast machine.
  expect(html).not.toMatch(/<(textarea|input|select)\b/);
  const codes = [...html.matchAll(/<pre[^>]*class="embed-code"[^>]*><code[^>]*>([^<]*)<\/code><\/pre>/g)];
  expect(codes).toHaveLength(EMBEDDABLES.length);
  for (const [, code] of codes) expect(code).toMatch(/^&lt;iframe src=&quot;[^&]+\/embed\//);
});

test('villages.csv has a BOM and reads back to the region’s villages', () => {
  const text = bytesOf(manifest.data.villagesCsv ?? '').toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  const villages = model.villages.filter((v) => v.regionId === siteRegion(model).id);
  expect(parsed.data.map((r) => r.id)).toEqual(villages.map((v) => v.id));
  for (const v of villages) {
    const row = parsed.data.find((r) => r.id === v.id);
    expect(row).toMatchObject({
      name_kk: v.names.kk,
      name_ru: v.names.ru,
      status: v.latest.status,
      status_date: v.latest.date === 'not-reported' ? v.latest.date : v.latest.date.text,
      lat: v.position ? String(v.position[1]) : '',
      lon: v.position ? String(v.position[0]) : '',
    });
  }
});

test('the data package holds the data files byte for byte, and a descriptor naming the version', () => {
  for (const file of PACKAGE_FILES.filter((f) => f !== 'datapackage.json'))
    expect(
      readFileSync(join(DIST, 'data/package', file)).equals(readFileSync(join(dataDir(), file))),
      file,
    ).toBe(true);
  const descriptor = JSON.parse(readDist('data/package/datapackage.json'));
  expect(descriptor.version).toBe(dataVersion().commit ?? undefined);
  for (const r of descriptor.resources)
    expect(existsSync(join(DIST, 'data/package', r.path)), r.path).toBe(true);
});

test.each(LANGS)('the data page in %s has the data dictionary', (lang) => {
  const html = readDist(lang === 'kk' ? 'data/index.html' : `${lang}/data/index.html`);
  expect(html.match(/<table class="data-dictionary/g)?.length).toBeGreaterThan(5);
});

historyTest.each(LANGS)('the data page in %s has one changelog row per data commit not reverted', (lang) => {
  const html = readDist(lang === 'kk' ? 'data/index.html' : `${lang}/data/index.html`);
  const shown = withoutReverted(dataChangelog(), dataReverts());
  expect(shown.length).toBeGreaterThan(0);
  expect(html).toContain('<table class="data-changelog');
  const rows =
    html.split('<table class="data-changelog')[1]?.split('</table>')[0]?.match(/<tr/g)?.length ?? 0;
  expect(rows - 1).toBe(shown.length);
  const kept = new Set(shown.map((c) => c.commit));
  for (const { commit } of dataChangelog().filter((c) => !kept.has(c.commit)))
    expect(html).not.toContain(`id="change-${commit.slice(0, 7)}"`);
});

historyTest('the data version in embeds.json and the data package is the last commit of data/', () => {
  expect(dataVersion().commit).toMatch(/^[0-9a-f]{40}$/);
  expect(manifest.dataVersion).toBe(dataVersion().commit);
  expect(JSON.parse(readDist('data/package/datapackage.json')).version).toBe(dataVersion().commit);
});
