// Country and sea labels: each country's label point must lie inside that country's Natural Earth outline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BasemapLabels } from '../../src/data/basemap-labels-schema';
import type { LngLat } from '../../src/data/schema';
import { checkUniqueIds, errorAt, type DataError } from './read';
import type { RowsOf } from './rows';

let outlines: Map<string, Feature[]> | undefined;
/** Natural Earth 1:50m countries (world-atlas) by zero-padded ISO numeric code (some codes have two features), read once. */
export function countryOutlines(): Map<string, Feature[]> {
  if (!outlines) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries) as FeatureCollection;
    outlines = new Map();
    for (const f of countries.features.filter((x) => x.id !== undefined)) {
      const numeric = String(f.id).padStart(3, '0');
      outlines.set(numeric, [...(outlines.get(numeric) ?? []), f]);
    }
  }
  return outlines;
}

/** Checks both files and returns what the atlas carries; every problem goes to `errors` with file and row. */
export function assembleBasemapLabels(rows: RowsOf, errors: DataError[]): BasemapLabels {
  checkUniqueIds(rows.countryLabels, errors);
  checkUniqueIds(rows.seaLabels, errors);
  const byNumeric = countryOutlines();
  for (const c of rows.countryLabels) {
    const outline = byNumeric.get(c.iso_numeric);
    if (!outline) errors.push(errorAt(c.at, 'iso_numeric', `no Natural Earth country has the code ${c.iso_numeric}`));
    else if (!outline.some((f) => geoContains(f, [c.lng, c.lat])))
      errors.push(errorAt(c.at, 'lng', `${c.lng} ${c.lat} is outside ${c.name_en}; run npm run build:country-labels`));
  }
  const lngLat = (r: { lng: number; lat: number }): LngLat => [r.lng, r.lat];
  return {
    countries: rows.countryLabels.map((c) => ({
      id: c.id, nameEn: c.name_en, nameZh: c.name_zh, lngLat: lngLat(c), areaKm2: c.area_km2, minZoom: c.min_zoom, sourceIds: c.source_ids,
    })),
    seas: rows.seaLabels.map((s) => ({
      id: s.id, nameEn: s.name_en, nameZh: s.name_zh, lngLat: lngLat(s), minZoom: s.min_zoom, sourceIds: s.source_ids,
    })),
  };
}
