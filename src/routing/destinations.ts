import type { Atlas } from '../data/schema';
import { routeDestinations } from './corridor-vertices';

// A light entry point: destination ids without building the routing graph (no graphology in the start-up bundle).
export { routeDestinations } from './corridor-vertices';
export type { RouteDestination } from './corridor-vertices';

/** The ids a route may end at, for checking a destination read from the URL. */
export const routeDestinationIds = (atlas: Atlas): ReadonlySet<string> => new Set(routeDestinations(atlas).map((d) => d.id));
