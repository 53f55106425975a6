import type { Atlas } from '../data/schema';
import { routeDestinations } from './corridor-vertices';

// A light entry point: destination ids without building the routing graph (no graphology in the start-up bundle).
export { routeDestinations } from './corridor-vertices';
export type { RouteDestination } from './corridor-vertices';

const idsOf = new WeakMap<Atlas, ReadonlySet<string>>();
/** The ids a route may end at, for checking a destination read from the URL; worked out once per atlas. */
export function routeDestinationIds(atlas: Atlas): ReadonlySet<string> {
  let ids = idsOf.get(atlas);
  if (!ids) idsOf.set(atlas, (ids = new Set(routeDestinations(atlas).map((d) => d.id))));
  return ids;
}
