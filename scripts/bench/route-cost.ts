// Cost of the route comparison, in Node on the built atlas: building the network graph once, then one
// uncached query per origin–destination pair (search, every family, transit estimates), as the panel asks it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import type { Atlas } from '../../src/data/schema';
import { buildCorridorGraph, routeOrigins, routeDestinations } from '../../src/routing/corridor-graph';
import { findRouteOptions } from '../../src/routing/route-options';
import { transitInputsOf } from '../../src/routing/route-query';
import { estimateTransit } from '../../src/routing/transit-time';

export type RouteCost = {
  atlasGzipKb: number;
  graphBuildMs: number;
  pairs: { from: string; to: string; options: number; ms: number }[];
  medianMs: number;
  slowest: { from: string; to: string; options: number; ms: number };
};

/** `count` items spread evenly over `items`. */
const spread = <T>(items: T[], count: number): T[] =>
  Array.from({ length: Math.min(count, items.length) }, (_, i) => items[Math.floor((i * items.length) / Math.min(count, items.length))]!);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Ten pilot cities to a European inland terminal and to a Southeast Asian seaport: 20 pairs, each timed `repeats` times. */
export function measureRoutes(atlasPath: string, { repeats = 5, year = 2025 } = {}): RouteCost {
  const raw = readFileSync(atlasPath);
  const atlas = JSON.parse(raw.toString('utf8')) as Atlas;
  const t0 = performance.now();
  const graph = buildCorridorGraph(atlas);
  const graphBuildMs = performance.now() - t0;
  const cities = routeOrigins(graph).filter((v) => v.placeKind === 'city').sort((a, b) => a.id.localeCompare(b.id));
  const destinations = routeDestinations(atlas);
  const europe = destinations.find((d) => d.id === 'duisburg') ?? destinations[0]!;
  const asia = destinations.find((d) => d.countryIso2 === 'SG') ?? destinations[destinations.length - 1]!;
  const inputs = transitInputsOf(atlas);
  const pairs = spread(cities, 10).flatMap((origin) => [europe, asia].map((dest) => {
    const times: number[] = [];
    let options = 0;
    for (let r = 0; r < repeats; r++) {
      const start = performance.now();
      const found = findRouteOptions(graph, origin.id, dest.id, year);
      if (found.status === 'found') found.options.forEach((o) => estimateTransit(o, inputs));
      times.push(performance.now() - start);
      options = found.status === 'found' ? found.options.length : 0;
    }
    return { from: origin.id, to: dest.id, options, ms: median(times) };
  }));
  const slowest = pairs.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { atlasGzipKb: gzipSync(raw).length / 1024, graphBuildMs, pairs, medianMs: median(pairs.map((p) => p.ms)), slowest };
}

export const routeReport = (cost: RouteCost): string[] => [
  '',
  `Route comparison (Node, ${cost.pairs.length} origin–destination pairs, median of repeats each):`,
  `  atlas.json ${cost.atlasGzipKb.toFixed(1)} KB gzip; graph built once in ${cost.graphBuildMs.toFixed(0)} ms`,
  `  query median ${cost.medianMs.toFixed(1)} ms; slowest ${cost.slowest.ms.toFixed(1)} ms (${cost.slowest.from} → ${cost.slowest.to}, ${cost.slowest.options} options)`,
];
