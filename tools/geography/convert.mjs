// Regenerates label-core's official geography from @etalab/decoupage-administratif.
//
//   cd tools/geography && npm ci && node convert.mjs
//
// The output is plain UTF-8 TSV (LF line ends, rows sorted by code), so that running this
// script again on the same package version gives the same bytes. The jar deflates it.
// File format: docs/GEOGRAPHY.md.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, 'node_modules', '@etalab', 'decoupage-administratif');
const out = join(here, '..', '..', 'label-core', 'src', 'main', 'resources', 'org', 'arobase', 'core', 'geo');

const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
const locked = lock.packages['node_modules/@etalab/decoupage-administratif'];
if (pkg.version !== locked.version) {
  throw new Error(`installed ${pkg.version}, locked ${locked.version}: run npm ci`);
}
const data = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', `${name}.json`), 'utf8'));

const header = [
  `# Official geography derived from ${pkg.name} ${pkg.version} (${locked.integrity})`,
  '# by tools/geography/convert.mjs; do not edit by hand. Code MIT (Etalab), data under the',
  '# Licence Ouverte / Open Licence (INSEE Code officiel géographique, DGCL EPCI composition,',
  '# INSEE populations légales). Format: docs/GEOGRAPHY.md.',
  `@source\t${pkg.name}`,
  `@version\t${pkg.version}`,
  '@millesime\t2026',
];

const clean = (text) => {
  const value = String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
  return value === '' ? '-' : value;
};
const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

function write(file, columns, rows) {
  rows.sort(byKey);
  const lines = [...header, columns.join('\t'), ...rows.map((r) => r.map(clean).join('\t'))];
  writeFileSync(join(out, file), lines.join('\n') + '\n', 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}

mkdirSync(out, { recursive: true });

const regions = data('regions');
write('regions.tsv', ['code', 'name'], regions.map((r) => [r.code, r.nom]));

const departements = data('departements');
write('departements.tsv', ['code', 'name', 'region'], departements.map((d) => [d.code, d.nom, d.region]));

const epcis = data('epci');
const epciOf = new Map();
for (const e of epcis) {
  for (const m of e.membres) {
    if (epciOf.has(m.code)) throw new Error(`commune ${m.code} in two EPCI`);
    epciOf.set(m.code, e.code);
  }
}
write('epci.tsv', ['siren', 'name', 'type', 'population'],
  epcis.map((e) => [e.code, e.nom, e.type, e.populationMunicipale ?? e.membres.reduce((s, m) => s + (m.populationMunicipale ?? 0), 0)]));

const communes = data('communes');
// The uninhabited districts of the TAAF and Clipperton have no population and no council.
const current = communes.filter((c) => c.type === 'commune-actuelle' && c.population != null);
const currentByCode = new Map(current.map((c) => [c.code, c]));
write('communes.tsv', ['code', 'name', 'departement', 'population', 'siren', 'epci'],
  current.map((c) => [c.code, c.nom, c.departement, c.population ?? '-', c.siren ?? '-', epciOf.get(c.code) ?? '-']));

const kinds = { 'commune-deleguee': 'DELEGUEE', 'commune-associee': 'ASSOCIEE' };
const former = communes
  .filter((c) => kinds[c.type] && currentByCode.has(c.chefLieu))
  .filter((c) => c.nom !== currentByCode.get(c.chefLieu).nom)
  .map((c) => [c.code, c.nom, kinds[c.type], c.chefLieu]);
write('former-communes.tsv', ['code', 'name', 'kind', 'commune'], former);
