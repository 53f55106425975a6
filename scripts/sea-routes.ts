// Routes the sea legs of the corridor lines over the searoute sea-lane network and writes
// data/sea-legs.geojson. Maintainer script: needs the network file, which is not in this repository.
//
//   npm run build:sea-legs -- [--nodes data/corridor-nodes.csv]
//     [--network ../shared/data/sea-lanes/marnet_searoute.geojson] [--out data/sea-legs.geojson]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { parseCorridorNodes, seaLegs } from './sea-lanes/legs';
import { buildSeaGraph, routeLeg } from './sea-lanes/network';
import { formatSeaLegCollection, seaLegCollection, seaLegFeature, type SeaLegFeature } from './sea-lanes/output';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    nodes: { type: 'string' },
    network: { type: 'string' },
    out: { type: 'string' },
  },
});
// Flags are relative to the working directory, defaults to the project root.
const nodesPath = values.nodes ? resolve(values.nodes) : resolve(projectRoot, 'data/corridor-nodes.csv');
const networkPath = values.network
  ? resolve(values.network)
  : resolve(projectRoot, '../shared/data/sea-lanes/marnet_searoute.geojson');
const outPath = values.out ? resolve(values.out) : resolve(projectRoot, 'data/sea-legs.geojson');

function readText(path: string, what: string, hint = ''): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(`Cannot read the ${what} at ${path}${hint}`);
    process.exit(1);
  }
}

const nodes = parseCorridorNodes(readText(nodesPath, 'corridor nodes'), nodesPath);
const networkHint = ' (not part of this repository: pass --network <marnet_searoute.geojson>)';
const network = JSON.parse(readText(networkPath, 'sea-lane network', networkHint)) as FeatureCollection;
const graph = buildSeaGraph(network);
console.log(`network: ${graph.order} vertices, ${graph.size} edges`);

const features: SeaLegFeature[] = [];
for (const { lineId, from, to } of seaLegs(nodes)) {
  const route = routeLeg(graph, from.lngLat, to.lngLat);
  const label = `${lineId} ${from.seq}→${to.seq} ${from.nameEn} → ${to.nameEn}`;
  if (route.coordinates.length < 2) {
    console.warn(`skipped ${label}: both nodes at the same place`);
    continue;
  }
  if (route.coordinates.some(([lng]) => Math.abs(lng) > 180)) {
    console.warn(`warning ${label}: crosses the antimeridian, longitudes leave [-180, 180]`);
  }
  const snap = route.snapKm ? route.snapKm.map((d) => d.toFixed(1)).join('/') : '-';
  console.log(`${label}: ${route.method} ${route.lengthKm.toFixed(1)} km (snap ${snap} km)`);
  features.push(seaLegFeature(lineId, from.seq, to.seq, route.method, route.coordinates, route.lengthKm));
}

writeFileSync(outPath, formatSeaLegCollection(seaLegCollection(features)));
const fallbacks = features.filter((f) => f.properties.method === 'great-circle').length;
console.log(`wrote ${features.length} sea legs (${fallbacks} great-circle) to ${outPath}`);
