import type { EdgeAttributes } from './corridor-graph';
import type { RouteLeg } from './route-path';

export type RouteFamily = 'cre-rail' | 'lsc-land' | 'srm-sea' | 'ocean' | 'river-sea' | 'lsc-rail-sea' | 'shortest';

export type FamilySpec = {
  family: RouteFamily;
  /** The legs the family may use besides the access legs at the two ends. */
  allows: (edge: Exclude<EdgeAttributes, { kind: 'access' }>) => boolean;
  /** What an option of the family must contain; a path without it is not an option of this family. */
  requires: (legs: readonly RouteLeg[]) => boolean;
  /** Also route once per Chinese border crossing with the other crossings closed, so each exit gives an option. */
  perExit: boolean;
};

const landLink = (e: EdgeAttributes) => e.kind === 'inland' && e.mode !== 'river';
const isShip = (e: EdgeAttributes) => e.mode === 'sea';
const has = (legs: readonly RouteLeg[], test: (l: RouteLeg) => boolean) => legs.some(test);
const hasOcean = (legs: readonly RouteLeg[]) => has(legs, (l) => l.kind === 'ocean');

/** The families tried, in the order their options are listed. */
export const ROUTE_FAMILIES: readonly FamilySpec[] = [
  {
    family: 'cre-rail', perExit: true, requires: (legs) => has(legs, (l) => l.corridorId === 'cre'),
    allows: (e) => e.corridorId === 'cre' || landLink(e),
  },
  {
    family: 'river-sea', perExit: false, requires: (legs) => has(legs, (l) => l.mode === 'river') && hasOcean(legs),
    allows: (e) => e.kind === 'inland' || e.kind === 'ocean',
  },
  {
    family: 'lsc-rail-sea', perExit: false,
    requires: (legs) => has(legs, (l) => l.mode === 'sea') && has(legs, (l) => l.corridorId === 'lsc' && l.mode === 'rail'),
    allows: (e) => (e.corridorId === 'lsc' && e.mode === 'rail') || (isShip(e) && e.corridorId !== 'cre') || landLink(e),
  },
  {
    family: 'ocean', perExit: false, requires: hasOcean,
    allows: (e) => e.kind === 'ocean' || landLink(e),
  },
  {
    family: 'srm-sea', perExit: false, requires: (legs) => has(legs, (l) => l.corridorId === 'srm'),
    allows: (e) => e.corridorId === 'srm' || landLink(e),
  },
  {
    family: 'lsc-land', perExit: true, requires: (legs) => has(legs, (l) => l.corridorId === 'lsc'),
    allows: (e) => (e.corridorId === 'lsc' && e.mode !== 'sea') || landLink(e),
  },
  // Ocean legs only in the families above: the network routes China to abroad, not port to port along the coast.
  { family: 'shortest', perExit: false, allows: (e) => e.kind !== 'ocean', requires: () => true },
];
