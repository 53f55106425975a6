// Writes data/country-labels.csv: one label point and the English and Chinese name of each Natural Earth
// country (world-atlas countries-50m). A maintainer script; the data build validates the committed file.
//
//   npx tsx scripts/country-labels.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormat } from 'd3';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryLabelPoints } from './basemap/country-label-points';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as
  Topology<{ countries: GeometryCollection }>;
const points = countryLabelPoints(feature(topology, topology.objects.countries) as FeatureCollection);
const rows = points.map((p) => ({
  id: p.id, iso_numeric: p.numeric, name_en: p.nameEn, name_zh: p.nameZh, lng: p.lng.toFixed(2), lat: p.lat.toFixed(2),
  area_km2: String(p.areaKm2), min_zoom: String(p.minZoom), source_ids: 'GEO-NEC;GEO-CLDR',
}));
writeFileSync(resolve(root, 'data/country-labels.csv'), csvFormat(rows) + '\n');
console.log(`${rows.length} country labels → data/country-labels.csv (ICU ${process.versions.icu}, CLDR ${process.versions.cldr})`);
