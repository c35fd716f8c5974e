// Regenerates the contours of the palmarès map: one SVG path per département.
//
//   cd label-report/src/main/scripts/france-map && npm ci && node convert.mjs [departements-version-simplifiee.geojson]
//
// Metropolitan France (96 départements) comes from IGN's GEOFLA 2.2 (28 June 2016; codes from
// INSEE's COG 2016) as the public repository https://github.com/gregoiredavid/france-geojson
// simplifies it (Mapshaper, "visvalingam weighted" at 25 %, 6 decimals): its file
// departements-version-simplifiee.geojson at commit 5e94d651ce23f46e3d7986988bbf02260bc6a5fe,
// under the Licence Ouverte / Open Licence (Etalab). It is not an npm package: fetch it beside this
// script (git ignores *.geojson here), e.g.
//   curl -fLo departements-version-simplifiee.geojson https://github.com/gregoiredavid/france-geojson/raw/5e94d651ce23f46e3d7986988bbf02260bc6a5fe/departements-version-simplifiee.geojson
// or pass its path; the script checks its SHA-256 below. The départements are projected with the
// Lambert conformal conic of Lambert-93 (standard parallels 44° and 49°, origin 46.5° N 3° E, on a
// sphere) and fitted into the 613 × 585 frame. That file has no overseas département: the five of
// them come from Natural Earth's 1:10m country boundaries as world-atlas ships it (npm, public
// domain), each projected on its own (equirectangular at its latitude) into an inset below the
// metropolitan map. The coordinates are rounded to a tenth of a unit and written as one absolute
// move then relative lines, which drops the points that rounding merges. The output is the same
// bytes on every run: UTF-8, LF line ends, rows sorted by code. Format and sources:
// docs/PALMARES.md, section « Map ».

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = join(here, '..', '..', 'resources', 'org', 'arobase', 'report', 'palmares', 'departements.tsv');
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));

const installed = (name) => {
  const pkg = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
  const locked = lock.packages[`node_modules/${name}`];
  if (pkg.version !== locked.version) {
    throw new Error(`${name}: installed ${pkg.version}, locked ${locked.version}: run npm ci`);
  }
  return { name, version: pkg.version, integrity: locked.integrity };
};
const atlas = installed('world-atlas');

const WIDTH = 613;
const METRO_HEIGHT = 585;
const INSET = { top: 600, width: 110, height: 90, gap: 10.75 };
const HEIGHT = INSET.top + INSET.height + 5;
const round = (v) => Math.round(v * 10) / 10;
const text = (v) => {
  const s = round(v).toFixed(1);
  return (s.endsWith('.0') ? s.slice(0, -2) : s).replace(/^(-?)0\./, '$1.').replace(/^-0$/, '0');
};

/** Rings of absolute points as a path: M x y, then relative l steps, z per ring. */
const toPath = (rings) => {
  const parts = [];
  for (const ring of rings) {
    const points = [];
    for (const [x, y] of ring) {
      const p = [round(x), round(y)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) {
        points.push(p);
      }
    }
    if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) {
      points.pop();
    }
    if (points.length < 3) {
      continue;
    }
    let s = `M${text(points[0][0])} ${text(points[0][1])}l`;
    const steps = [];
    for (let i = 1; i < points.length; i++) {
      const dx = round(points[i][0] - points[i - 1][0]);
      const dy = round(points[i][1] - points[i - 1][1]);
      steps.push(`${text(dx)}${dy < 0 ? '' : ' '}${text(dy)}`.replace(/ -/g, '-'));
    }
    parts.push(s + steps.join(' ').replace(/ -/g, '-') + 'z');
  }
  return parts.join('');
};

// Metropolitan France: the 96 départements of GEOFLA 2.2 as france-geojson simplifies it.
const GEOFLA = {
  repository: 'https://github.com/gregoiredavid/france-geojson',
  file: 'departements-version-simplifiee.geojson',
  commit: '5e94d651ce23f46e3d7986988bbf02260bc6a5fe',
  sha256: 'c08a1ad48299763b50ef649f05a911c1021500c94719a1aa22a9d06191e43fc3',
};
const input = resolve(process.argv[2] ?? join(here, GEOFLA.file));
const bytes = readFileSync(input);
const sha256 = createHash('sha256').update(bytes).digest('hex');
if (sha256 !== GEOFLA.sha256) {
  throw new Error(`${input}: SHA-256 ${sha256}, expected ${GEOFLA.sha256} (${GEOFLA.file} at ${GEOFLA.commit})`);
}
const geofla = JSON.parse(bytes.toString('utf8'));
const METRO_CODES = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'), '2A', '2B'];

/** Lambert conformal conic with the parameters of Lambert-93, on a sphere: [lon, lat] in degrees to [x, y]. */
const lambert = (() => {
  const rad = Math.PI / 180;
  const [phi1, phi2, phi0, lambda0] = [44 * rad, 49 * rad, 46.5 * rad, 3 * rad];
  const t = (phi) => Math.tan(Math.PI / 4 + phi / 2);
  const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
  const f = (Math.cos(phi1) * t(phi1) ** n) / n;
  const rho0 = f / t(phi0) ** n;
  return ([lon, lat]) => {
    const rho = f / t(lat * rad) ** n;
    const theta = n * (lon * rad - lambda0);
    return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
  };
})();

/** Twice the signed area of a ring (in SVG coordinates, y down: positive is clockwise on screen). */
const area = (ring) => ring.reduce((sum, [x, y], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length];
  return sum + x * y2 - x2 * y;
}, 0);

const metro = new Map();
for (const f of geofla.features) {
  const code = f.properties.code;
  if (metro.has(code)) {
    throw new Error(`${GEOFLA.file}: département ${code} twice`);
  }
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  metro.set(code, polygons.map((polygon) => polygon.map((ring) => ring.map(lambert).map(([x, y]) => [x, -y]))));
}
const missing = METRO_CODES.filter((c) => !metro.has(c));
const extra = [...metro.keys()].filter((c) => !METRO_CODES.includes(c));
if (missing.length || extra.length) {
  throw new Error(`${GEOFLA.file}: missing ${missing.join(' ') || '-'}, unexpected ${extra.join(' ') || '-'}`);
}
const all = [...metro.values()].flat(3);
const [minX, maxX] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
const [minY, maxY] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
const MARGIN = 5;
const metroScale = Math.min((WIDTH - 2 * MARGIN) / (maxX - minX), (METRO_HEIGHT - 2 * MARGIN) / (maxY - minY));
const offsetX = (WIDTH - (maxX - minX) * metroScale) / 2;
const offsetY = (METRO_HEIGHT - (maxY - minY) * metroScale) / 2;

const rows = [];
for (const [code, polygons] of metro) {
  const rings = [];
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const fitted = ring.map(([x, y]) => [offsetX + (x - minX) * metroScale, offsetY + (y - minY) * metroScale]);
      // Outer rings clockwise on screen, holes (enclaves, the étang de Berre) counter-clockwise: the
      // default non-zero fill leaves the holes empty.
      rings.push((area(fitted) > 0) === (i === 0) ? fitted : fitted.reverse());
    });
  }
  rows.push([code, '-', toPath(rings)]);
}

// Overseas: the polygons of France in Natural Earth's admin-0 boundaries, picked by their box.
const OVERSEAS = [
  { code: '971', name: 'Guadeloupe', lon: [-61.9, -60.9], lat: [15.8, 16.6] },
  { code: '972', name: 'Martinique', lon: [-61.3, -60.7], lat: [14.3, 15.0] },
  { code: '973', name: 'Guyane', lon: [-54.7, -51.5], lat: [2.0, 6.0] },
  { code: '974', name: 'La Réunion', lon: [55.1, 56.0], lat: [-21.5, -20.8] },
  { code: '976', name: 'Mayotte', lon: [44.9, 45.4], lat: [-13.1, -12.5] },
];
const world = JSON.parse(readFileSync(join(modules, atlas.name, 'countries-10m.json'), 'utf8'));
const france = feature(world, world.objects.countries).features.find((f) => f.id === '250');
const polygons = france.geometry.type === 'Polygon' ? [france.geometry.coordinates] : france.geometry.coordinates;
OVERSEAS.forEach((place, index) => {
  const inside = ([lon, lat]) => lon >= place.lon[0] && lon <= place.lon[1] && lat >= place.lat[0] && lat <= place.lat[1];
  const outer = polygons.filter((p) => p[0].every(inside)).map((p) => p[0]);
  if (outer.length === 0) {
    throw new Error(`no polygon of France in the box of ${place.name}`);
  }
  const cos = Math.cos(((place.lat[0] + place.lat[1]) / 2) * Math.PI / 180);
  const xs = outer.flat().map(([lon]) => lon * cos);
  const ys = outer.flat().map(([, lat]) => -lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 8;
  const scale = Math.min((INSET.width - 2 * pad) / (x1 - x0), (INSET.height - 2 * pad) / (y1 - y0));
  const left = index * (INSET.width + INSET.gap);
  const dx = left + (INSET.width - (x1 - x0) * scale) / 2;
  const dy = INSET.top + (INSET.height - (y1 - y0) * scale) / 2;
  const rings = outer.map((ring) => ring.map(([lon, lat]) => [dx + (lon * cos - x0) * scale, dy + (-lat - y0) * scale]));
  const box = [left, INSET.top, INSET.width, INSET.height].map(text).join(' ');
  rows.push([place.code, box, toPath(rings)]);
});

rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const lines = [
  '# The contours of the palmarès map, one SVG path per département, by',
  '# label-report/src/main/scripts/france-map/convert.mjs; do not edit by hand. Sources (docs/PALMARES.md, « Map »):',
  '#   metropolitan France: IGN, GEOFLA 2.2 (28 June 2016), Licence Ouverte / Open Licence (Etalab),',
  `#   as ${GEOFLA.repository} simplifies it: ${GEOFLA.file} at ${GEOFLA.commit} (SHA-256 ${GEOFLA.sha256}),`,
  '#   in the Lambert conformal conic of Lambert-93;',
  `#   overseas départements: Natural Earth 4.1.0 (public domain), 1:10m, as ${atlas.name} ${atlas.version} ships it (${atlas.integrity}).`,
  '# Columns: the département code, the inset frame of an overseas département (x y width height) or -, the path.',
  `@viewBox\t0 0 ${WIDTH} ${HEIGHT}`,
  `@metropolitan\tIGN GEOFLA 2.2 (france-geojson ${GEOFLA.commit})`,
  `@overseas\tNatural Earth 4.1.0 (${atlas.name} ${atlas.version})`,
  'code\tinset\tpath',
  ...rows.map((r) => r.join('\t')),
];
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${rows.length} départements to ${out}`);
