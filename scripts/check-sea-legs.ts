// Reports how many points sampled along the marnet-routed sea legs fall on land (Natural Earth
// 1:50m countries). Points near a leg's ends are usually port approaches; others deserve a look.
//
//   npx tsx scripts/check-sea-legs.ts [--legs data/sea-legs.geojson] [--step 20] [--near 30]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLat } from './sea-lanes/geo';
import { countriesOf, landHits } from './sea-lanes/land-check';
import type { SeaLegCollection } from './sea-lanes/output';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { legs: { type: 'string' }, step: { type: 'string' }, near: { type: 'string' } },
});
const legsPath = values.legs ? resolve(values.legs) : resolve(projectRoot, 'data/sea-legs.geojson');
const stepKm = Number(values.step ?? 20);
const nearKm = Number(values.near ?? 30); // land points this close to a leg end count as port approach

const atlasPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const countries = countriesOf(feature(topology, topology.objects.countries) as FeatureCollection);
const legs = JSON.parse(readFileSync(legsPath, 'utf8')) as SeaLegCollection;

const fmt = ([lng, lat]: LngLat): string => `${lng.toFixed(3)},${lat.toFixed(3)}`;
let samples = 0;
let onLand = 0;
let nearEnds = 0;
for (const leg of legs.features) {
  const { line_id, from_seq, to_seq, method } = leg.properties;
  if (method !== 'marnet') continue;
  const result = landHits(countries, leg.geometry.coordinates, stepKm);
  samples += result.samples;
  onLand += result.hits.length;
  for (const hit of result.hits) {
    const near = hit.fromEndKm <= nearKm;
    if (near) nearEnds++;
    const where = `${near ? 'near end' : 'OPEN'} ${hit.fromEndKm.toFixed(0)} km from end`;
    console.log(`${line_id} ${from_seq}→${to_seq}: ${fmt(hit.point)} ${hit.country} (${where})`);
  }
}
const share = samples > 0 ? ((100 * onLand) / samples).toFixed(2) : '0';
console.log(
  `${samples} points every ${stepKm} km on marnet legs; ${onLand} on land (${share}%): ` +
    `${nearEnds} within ${nearKm} km of a leg end, ${onLand - nearEnds} elsewhere`,
);
