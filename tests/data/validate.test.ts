import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { VILLAGE_STATUSES } from '../../src/data/schema.ts';
import { loadMutated, messages, replace, replaceLine, VALID_FIXTURE } from '../helpers/fixture.ts';

describe('loadDataset(valid fixture)', () => {
  test('accepts it and keeps every row', () => {
    const { dataset, issues } = loadDataset(VALID_FIXTURE);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(dataset?.tables.villages).toHaveLength(2);
    expect(dataset?.tables.digitization).toHaveLength(3);
    expect(dataset?.tables['indicator-values']).toHaveLength(4);
  });
});

describe('loadDataset(broken file) reports the place and the fix', () => {
  test('unclosed quote', () => {
    const r = loadMutated({ 'villages.csv': replace('Synthetic point,,', '"Synthetic point,,') });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      'data/villages.csv:2:11 error [unclosed-quote] a quotation mark (") opens a cell here and is never closed, so the rest of the file reads as one cell. Close the quote, or remove it.',
    ]);
  });

  test('wrong number of cells, with the quoting hint', () => {
    const r = loadMutated({ 'villages.csv': replace('Synthetic point,,', 'Synthetic, point,,') });
    expect(messages(r)).toEqual([
      expect.stringMatching(
        /^data\/villages\.csv:2 error \[wrong-cell-count\] this row has 14 cells but the header has 13\. A cell with a comma in it must be put in double quotes/,
      ),
    ]);
  });

  test('too few cells', () => {
    const r = loadMutated({ 'districts.csv': replaceLine(3, 'south,testland,Оңтүстік ауданы') });
    expect(messages(r)).toContain(
      'data/districts.csv:3 error [wrong-cell-count] this row has 3 cells but the header has 7. Add the missing cells; leave a cell empty with nothing between two commas.',
    );
  });

  test('semicolon delimiter (Excel in a Russian locale)', () => {
    const r = loadMutated({ 'districts.csv': (t) => t.replaceAll(',', ';') });
    expect(messages(r)[0]).toBe(
      'data/districts.csv:1 error [wrong-delimiter] the columns are separated by semicolons (;), but this project uses commas. Save the file as “CSV UTF-8 (comma delimited)”.',
    );
  });

  test('Windows-1251 file names its encoding', () => {
    const r = loadMutated({
      'districts.csv': cp1251,
    });
    expect(messages(r)).toEqual([
      'data/districts.csv:2 error [not-utf8] the file is not UTF-8; it looks like Windows-1251 (Cyrillic, as saved by Excel on Windows). Save it again as “CSV UTF-8 (comma delimited)”.',
    ]);
  });

  test('UTF-16 file', () => {
    const r = loadMutated({ 'districts.csv': (t) => utf16le(t) });
    expect(messages(r)).toEqual([
      'data/districts.csv:1 error [not-utf8] the file is not UTF-8; it looks like UTF-16 (Excel’s “Unicode Text”). Save it again as “CSV UTF-8 (comma delimited)”.',
    ]);
  });

  test('BOM and CRLF are accepted', () => {
    const r = loadMutated({ 'villages.csv': (t) => `\ufeff${t.replaceAll('\n', '\r\n')}` });
    expect(messages(r)).toEqual([]);
    expect(r.dataset?.tables.villages).toHaveLength(2);
    expect(r.dataset?.tables.villages[1]?.values.note).toBeNull();
  });

  test('unknown and missing columns', () => {
    const r = loadMutated({ 'districts.csv': replace('kato,source_id', 'kato_code,source_id') });
    expect(messages(r)).toEqual([
      'data/districts.csv:1 error [missing-column] column "kato": the header has no column "kato"; add it (see data/README.md).',
      'data/districts.csv:1:6 error [unknown-column] column "kato_code": unknown column "kato_code". The columns of this file are: id, region_id, name_kk, name_ru, name_en, kato, source_id.',
    ]);
  });

  test('empty required cell suggests not-reported where allowed', () => {
    const r = loadMutated({ 'digitization.csv': replace('farming,2018,20,', 'farming,2018,,') });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:5 error [missing-value] column "services_total": the cell is empty, but this column must be filled in. If the source does not give it, write not-reported.',
    ]);
  });

  test('decimal comma in a number', () => {
    const r = loadMutated({ 'villages.csv': replace('44.5,71.5', '"44,5",71.5') });
    expect(messages(r)).toEqual([
      'data/villages.csv:2:8 error [not-a-number] column "lat": found "44,5", a decimal comma; numbers use a dot here. Write 44.5.',
    ]);
  });

  test('text where a number belongs', () => {
    const r = loadMutated({ 'indicator-values.csv': replace('2018,26,', '2018,twenty-six,') });
    expect(messages(r)).toEqual([
      'data/indicator-values.csv:2:5 error [not-a-number] column "value": found "twenty-six", expected a number such as 12 or 12.5.',
    ]);
  });

  test('negative count', () => {
    const r = loadMutated({ 'digitization.csv': replace('farming,2018,20,17,3', 'farming,2018,20,17,-3') });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:7 error [negative-number] column "services_not_digital": found -3, but a count cannot be negative.',
    ]);
  });

  test('fractional count', () => {
    const r = loadMutated({ 'digitization.csv': replace('farming,2018,20,17,3', 'farming,2018,20,17,3.5') });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:7 error [not-an-integer] column "services_not_digital": found "3.5", expected a whole number (a count has no fraction).',
    ]);
  });

  test('digital greater than total', () => {
    const r = loadMutated({
      'digitization.csv': replace('farming,2018,20,17,3', 'farming,2018,20,27,not-reported'),
    });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:6 error [digital-exceeds-total] column "services_digital": 27 is more than services_total (20); a part cannot exceed the whole. Check both numbers against the source.',
    ]);
  });

  test('counts that do not add up', () => {
    const r = loadMutated({ 'digitization.csv': replace('farming,2018,20,17,3', 'farming,2018,20,16,3') });
    expect(messages(r)).toEqual([
      'data/digitization.csv:3:5 error [counts-do-not-add-up] column "services_total": services_digital (16) + services_not_digital (3) = 19, not 20. If the source\'s figures disagree, keep the two it states and write not-reported for the third.',
    ]);
  });

  test('percentage above 100', () => {
    const r = loadMutated({
      'indicator-values.csv': replace('literacy,testland,2018,61', 'literacy,testland,2018,610'),
    });
    expect(messages(r)).toEqual([
      'data/indicator-values.csv:4:5 error [out-of-range] column "value": found 610, but this indicator is a percentage: expected a number from 0 to 100.',
    ]);
  });

  test('latitude out of range', () => {
    const r = loadMutated({ 'villages.csv': replace('44.5,71.5', '94.5,71.5') });
    expect(messages(r)).toEqual([
      'data/villages.csv:2:8 error [out-of-range] column "lat": found 94.5, expected a number from -90 to 90.',
    ]);
  });

  test.each([
    ['2018-13', 'month 13'],
    ['2021-02-30', 'day 30 of February'],
    ['11.08.2021', 'day-first'],
    ['2024/2023', 'interval backwards'],
  ])('malformed date %s (%s)', (bad) => {
    const r = loadMutated({ 'village-statuses.csv': replace(',2021-08-11,', `,${bad},`) });
    expect(messages(r)).toEqual([
      `data/village-statuses.csv:3:4 error [invalid-date] column "date": found "${bad}", expected a date as precise as the source: a year (2018), a month (2021-08), a day (2021-08-11) or an interval (2023/2024-09), or not-reported.`,
    ]);
  });

  test('not-reported where a real value is needed', () => {
    const r = loadMutated({ 'services.csv': (t) => t.replace(/,2018,/, ',not-reported,') });
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toMatch(
      /^data\/services\.csv:2:4 error \[not-reported-not-allowed\] column "date": not-reported is not allowed in this column; it needs a real value\.$/,
    );
  });

  test('an undated village report without its bound says what to write', () => {
    const r = loadMutated({ 'village-statuses.csv': replace(',2021-08-11,,', ',not-reported,,') });
    expect(messages(r)).toEqual([
      'data/village-statuses.csv:3:5 error [undated-without-bound] column "date_bound": the date is not-reported, so date_bound must say how late the report can be: write the month or day you read the page (e.g. 2026-12), or START/END when the text also shows how early it can be (e.g. 2017/2026-12). Such a report is shown as "date not stated" and never counts as the latest over a dated one.',
    ]);
  });

  test('an undated village report with its bound is valid', () => {
    const r = loadMutated({ 'village-statuses.csv': replace(',2021-08-11,,', ',not-reported,2026-12,') });
    expect(messages(r)).toEqual([]);
    expect(r.dataset?.tables['village-statuses'][1]?.values).toMatchObject({
      date: 'not-reported',
      date_bound: { text: '2026-12' },
    });
  });

  test('a dated village report with a bound is refused, with the way out', () => {
    const r = loadMutated({ 'village-statuses.csv': replace(',2021-08-11,,', ',2021-08-11,2026-12,') });
    expect(messages(r)).toEqual([
      'data/village-statuses.csv:3:5 error [bound-with-date] column "date_bound": this report has a date (2021-08-11), so date_bound must be empty: a bound is only for a report whose source shows no date (date not-reported). Empty this cell, or write not-reported in date if 2021-08-11 is not printed in the source.',
    ]);
  });

  test('a malformed bound is a date error of its own cell', () => {
    const r = loadMutated({ 'village-statuses.csv': replace(',2021-08-11,,', ',not-reported,12.2026,') });
    expect(messages(r)).toEqual([
      'data/village-statuses.csv:3:5 error [invalid-date] column "date_bound": found "12.2026", expected a date as precise as the source: a year (2018), a month (2021-08), a day (2021-08-11) or an interval (2023/2024-09).',
    ]);
  });

  test('a village without coordinates needs both cells empty', () => {
    const none = loadMutated({ 'villages.csv': replace('44.5,71.5,', ',,') });
    expect(messages(none)).toEqual([]);
    const half = loadMutated({ 'villages.csv': replace('44.5,71.5,', '44.5,,') });
    expect(messages(half)).toEqual([
      'data/villages.csv:2:9 error [half-coordinates] column "lon": lat is filled in but lon is empty. Write both, or leave both empty for a place no record locates and say in coordinate_note why it could not be located.',
    ]);
  });

  test('value outside the allowed list', () => {
    const r = loadMutated({ 'village-statuses.csv': replace(',awaiting-connection,', ',waiting,') });
    expect(messages(r)).toEqual([
      `data/village-statuses.csv:3:3 error [not-in-list] column "status": found "waiting", expected one of: ${VILLAGE_STATUSES.join(', ')}.`,
    ]);
  });

  test('duplicate id', () => {
    const r = loadMutated({ 'districts.csv': replace('south,testland', 'north,testland') });
    expect(messages(r)).toEqual([
      'data/districts.csv:3:1 error [duplicate-id] column "id": the id "north" is already used on line 2; every row needs its own id.',
      // The village that pointed to the renamed district is reported too, with a guess.
      'data/villages.csv:3:3 error [unknown-reference] column "district_id": "south" is not an id in data/districts.csv. Did you mean "north"? Add that row first, or fix the spelling.',
    ]);
  });

  test('malformed id', () => {
    const r = loadMutated({ 'districts.csv': replace('south,testland', 'South District,testland') });
    expect(messages(r)[0]).toBe(
      'data/districts.csv:3:1 error [invalid-id] column "id": found "South District"; an id uses only lowercase Latin letters, digits and single hyphens, e.g. "agriculture-2018".',
    );
  });

  test.each([
    [
      'village-statuses.csv',
      'no-mobile-internet,2023/2024-09,,report',
      'no-mobile-internet,2023/2024-09,,reprot',
      2,
      6,
      'source_id',
      'reprot',
      'sources.csv',
      ' Did you mean "report"?',
    ],
    [
      'digitization.csv',
      'testland,farming,',
      'testland,fishing,',
      3,
      3,
      'department_id',
      'fishing',
      'departments.csv',
      '',
    ],
    ['villages.csv', 'testland,south,', 'testland,east,', 3, 3, 'district_id', 'east', 'districts.csv', ''],
    ['districts.csv', 'north,testland', 'north,mars', 2, 2, 'region_id', 'mars', 'regions.csv', ''],
  ])('unknown reference in %s', (file, from, to, line, column, field, value, target, hint) => {
    const r = loadMutated({ [file]: replace(from, to) });
    expect(messages(r)).toContain(
      `data/${file}:${line}:${column} error [unknown-reference] column "${field}": "${value}" is not an id in data/${target}.${hint} Add that row first, or fix the spelling.`,
    );
  });

  test('a village with no status report is named, at its row', () => {
    const r = loadMutated({ 'village-statuses.csv': (t) => t.replace(/^beta-.*\n/m, '') });
    expect(messages(r)).toEqual([
      'data/villages.csv:3:1 error [village-without-status] column "id": the village "beta" has no row in data/village-statuses.csv; add what its source reported and when.',
    ]);
  });

  test('a status report of an unknown village suggests the near id, and that village is not flagged twice', () => {
    const r = loadMutated({
      'village-statuses.csv': replace('beta-2021-08-11,beta,', 'beta-2021-08-11,betta,'),
    });
    expect(messages(r)).toEqual([
      'data/village-statuses.csv:3:2 error [unknown-reference] column "village_id": "betta" is not an id in data/villages.csv. Did you mean "beta"? Add that row first, or fix the spelling.',
    ]);
  });

  test('two reports of one village on the same date', () => {
    const r = loadMutated({
      'village-statuses.csv': (t) => `${t}beta-again,beta,connected-fibre,2021-08-11,,report,,,,\n`,
    });
    expect(messages(r)).toEqual([
      'data/village-statuses.csv:4:4 error [duplicate-status-date] column "date": village "beta" already has a report dated 2021-08-11 on line 3; keep one row per village and date.',
    ]);
  });

  test('coordinates outside the region', () => {
    const r = loadMutated({ 'villages.csv': replace('44.5,71.5', '50.5,71.5') });
    expect(messages(r)).toEqual([
      'data/villages.csv:2:8 error [outside-region] column "lat": the point 50.5, 71.5 lies outside Testland (region "testland"). Check the coordinates against their source.',
    ]);
  });

  test('latitude and longitude swapped', () => {
    const r = loadMutated({ 'villages.csv': replace('44.5,71.5', '71.5,44.5') });
    expect(messages(r)).toEqual([
      'data/villages.csv:2:8 error [lat-lon-swapped] column "lat": lat 71.5 and lon 44.5 look swapped: the point falls inside Testland only the other way round. Put the latitude (north, about 40–56 in Kazakhstan) in lat and the longitude (east) in lon.',
    ]);
  });

  test('invalid JSON in a GeoJSON file', () => {
    const r = loadMutated({ 'geo/regions.geojson': (t) => t.slice(0, 40) });
    expect(messages(r)[0]).toMatch(
      /^data\/geo\/regions\.geojson error \[invalid-json\] the file is not valid JSON \(/,
    );
  });

  test('GeoJSON with an open ring names the feature', () => {
    const r = loadMutated({
      'geo/regions.geojson': replace('[74,45],[70,45],[70,43]]]', '[74,45],[70,45]]]'),
    });
    expect(messages(r)).toEqual([
      'data/geo/regions.geojson error [invalid-geojson] features[0].geometry: expected a Polygon or MultiPolygon of closed rings of [longitude, latitude] positions.',
    ]);
  });

  test('GeoJSON property of the wrong type', () => {
    const r = loadMutated({ 'geo/places.geojson': replace('"name_en":"Capital"', '"name_en":42') });
    expect(messages(r)).toEqual([
      'data/geo/places.geojson error [invalid-geojson] features[0].properties.name_en: expected text, found "42".',
    ]);
  });

  test('reports every problem of every file in one run', () => {
    const r = loadMutated({
      'villages.csv': replace('44.5,71.5', '"44,5",71.5'),
      'districts.csv': replace('South District,,report', 'South District,,'),
      'indicator-values.csv': replace('2018,26,', '2018,x,'),
    });
    expect(messages(r).map((m) => m.split(' ')[0])).toEqual([
      'data/districts.csv:3:7',
      'data/indicator-values.csv:2:5',
      'data/villages.csv:2:8',
    ]);
  });
});

describe('loadDataset warnings', () => {
  test('suspicious but valid data warns and still loads', () => {
    const r = loadMutated({ 'villages.csv': replace(',Beta,', ', Beta ,') });
    expect(r.dataset).not.toBeNull();
    expect(messages(r, 'warning')).toContain(
      'data/villages.csv:3:6 warning [whitespace-around-value] column "name_en": spaces before or after "Beta" were ignored; remove them.',
    );
  });

  test('a status that contradicts the counts warns', () => {
    const r = loadMutated({
      'digitization.csv': replace(
        'not-reported,not-reported,5,counts-reported',
        'not-reported,not-reported,not-reported,counts-reported',
      ),
    });
    expect(r.dataset).not.toBeNull();
    expect(messages(r, 'warning')).toContain(
      'data/digitization.csv:2:8 warning [status-without-counts] column "status": the status says counts were reported, but every count is not-reported. Use lagging or no-figures, or fill in a count.',
    );
  });
});

function cp1251(text: string): Uint8Array {
  // Enough of Windows-1251 for the fixture's Cyrillic: А–я map to 0xC0–0xFF; other letters are rare here.
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else bytes.push(0x3f);
  }
  return Uint8Array.from(bytes);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

describe('indicator roles', () => {
  test('a role given to two indicators stops the build at the second', () => {
    const r = loadMutated({
      'indicators.csv': (text) =>
        text
          .split('\n')
          .map((line, i) => (i === 1 || i === 2 ? `${line.replace(/,[a-z-]*$/, '')},first-count` : line))
          .join('\n'),
    });
    expect(r.dataset).toBeNull();
    expect(messages(r)).toEqual([
      'data/indicators.csv:3:9 error [duplicate-role] column "role": the role "first-count" is already given to the indicator on line 2; the story can use only one. Leave the cell empty here or there.',
    ]);
  });
});
