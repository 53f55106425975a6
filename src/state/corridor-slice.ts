import type { StateCreator } from 'zustand';
import type { CorridorId } from '../data/schema';
import type { AppState } from './store';

/** An origin for route comparison: a pilot city or a port, as `city:ningbo` or `port:pek`. */
export type PlaceRef = `city:${string}` | `port:${string}`;
export const isPlaceRef = (s: string | null): s is PlaceRef => s !== null && /^(?:city|port):/.test(s);

export type CorridorSlice = {
  /** The corridor whose panel is open, and the line focused in it. */
  corridor: CorridorId | null;
  line: string | null;
  routeFrom: PlaceRef | null;
  /** A route destination: a corridor stop id or `port:<id>` (see routing/corridor-vertices.ts). */
  routeTo: string | null;
  /** Index of the route option in focus, or null for all. */
  routeFocus: number | null;
  /** Whether the flows animate; paused flows stay drawn where they stopped. */
  flowsOn: boolean;
  openCorridor: (corridor: CorridorId | null, line?: string | null) => void;
  setRoute: (from: PlaceRef | null, to: string | null) => void;
  focusRoute: (index: number | null) => void;
  setFlowsOn: (on: boolean) => void;
};

export const createCorridorSlice: StateCreator<AppState, [], [], CorridorSlice> = (set) => ({
  corridor: null,
  line: null,
  routeFrom: null,
  routeTo: null,
  routeFocus: null,
  flowsOn: true,
  openCorridor: (corridor, line = null) => set({ corridor, line: corridor ? line : null, ...(corridor ? { panel: 'corridors' as const } : {}) }),
  setRoute: (routeFrom, routeTo) => set({ routeFrom, routeTo, routeFocus: null, ...(routeFrom || routeTo ? { panel: 'routes' as const } : {}) }),
  focusRoute: (routeFocus) => set({ routeFocus }),
  setFlowsOn: (flowsOn) => set({ flowsOn }),
});
