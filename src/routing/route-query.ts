import type { Atlas } from '../data/schema';
import { buildCorridorGraph, routeOrigins, type CorridorGraph } from './corridor-graph';
import { routeDestinations, type RouteDestination } from './destinations';
import { findRouteOptions, type RouteOptionsResult } from './route-options';
import { estimateTransit, type TransitEstimate } from './transit-time';

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

/** Route options between a place and a destination, with a transit estimate per option; the recent pairs are cached. */
export function routeResult(atlas: Atlas, from: string, to: string): RouteResult {
  let byPair = results.get(atlas);
  if (!byPair) results.set(atlas, (byPair = new Map()));
  const key = `${from}>${to}`;
  let result = byPair.get(key);
  if (result) byPair.delete(key);
  else {
    const found = findRouteOptions(corridorGraphOf(atlas), from, to);
    const transit = found.status === 'found' ? found.options.map((o) => estimateTransit(o, atlas.stats)) : [];
    result = { ...found, transit };
  }
  // Re-inserting keeps the Map in order of use; the oldest pair goes once there are too many.
  byPair.set(key, result);
  if (byPair.size > KEPT_ROUTE_RESULTS) byPair.delete(byPair.keys().next().value!);
  return result;
}

export type RouteChoices = { origins: ReturnType<typeof routeOrigins>; destinations: RouteDestination[] };
export const routeChoices = (atlas: Atlas): RouteChoices => ({
  origins: routeOrigins(corridorGraphOf(atlas)),
  destinations: routeDestinations(atlas),
});
