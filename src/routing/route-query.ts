import type { Atlas } from '../data/schema';
import { buildCorridorGraph, routeOrigins, type CorridorGraph } from './corridor-graph';
import { routeDestinations, type RouteDestination } from './destinations';
import { inlandLinksOf, transitReferencesOf } from './network-data';
import { findRouteOptions, type RouteOptionsResult } from './route-options';
import { estimateTransit, type TransitEstimate, type TransitInputs } from './transit-time';

const graphs = new WeakMap<Atlas, CorridorGraph>();
const results = new WeakMap<Atlas, Map<string, RouteResult>>();
/** Route results kept per atlas, most recently used first out last; each holds whole paths, so keep a few. */
export const KEPT_ROUTE_RESULTS = 24;

export type RouteResult = RouteOptionsResult & { transit: (TransitEstimate | null)[] };

export const corridorGraphOf = (atlas: Atlas): CorridorGraph => {
  let graph = graphs.get(atlas);
  if (!graph) graphs.set(atlas, (graph = buildCorridorGraph(atlas)));
  return graph;
};

export const transitInputsOf = (atlas: Atlas): TransitInputs => ({
  stats: atlas.stats, references: transitReferencesOf(atlas), inlandLinks: inlandLinksOf(atlas),
});

/** Route options between a place and a destination in a year, with a transit estimate per option; recent queries are cached. */
export function routeResult(atlas: Atlas, from: string, to: string, year: number): RouteResult {
  let byQuery = results.get(atlas);
  if (!byQuery) results.set(atlas, (byQuery = new Map()));
  const key = `${from}>${to}@${year}`;
  let result = byQuery.get(key);
  if (result) byQuery.delete(key);
  else {
    const found = findRouteOptions(corridorGraphOf(atlas), from, to, year);
    const inputs = transitInputsOf(atlas);
    const transit = found.status === 'found' ? found.options.map((o) => estimateTransit(o, inputs)) : [];
    result = { ...found, transit };
  }
  // Re-inserting keeps the Map in order of use; the oldest query goes once there are too many.
  byQuery.set(key, result);
  if (byQuery.size > KEPT_ROUTE_RESULTS) byQuery.delete(byQuery.keys().next().value!);
  return result;
}

export type RouteChoices = { origins: ReturnType<typeof routeOrigins>; destinations: RouteDestination[] };
export const routeChoices = (atlas: Atlas): RouteChoices => ({
  origins: routeOrigins(corridorGraphOf(atlas)),
  destinations: routeDestinations(atlas),
});
