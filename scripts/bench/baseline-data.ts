// What the baseline page draws, read straight from atlas.json with none of the app's code: the same cities,
// ports, corridor lines, stops and flow trips as the app, each with its year filter (applied on the GPU).
type LngLat = [number, number];
export type BaselineAtlas = {
  firstYear: number;
  lastYear: number;
  cities: { id: string; nameEn: string; lngLat: LngLat; years: { year: number }[] }[];
  ports: { id: string; cityId: string | null; lngLat: LngLat }[];
  lines: {
    id: string; corridorId: string; startYear: number | null;
    nodes: { role: string; lngLat: LngLat }[];
    legs: { path: LngLat[] }[];
  }[];
};
export type BaselineCity = BaselineAtlas['cities'][number];
export type BaselinePort = BaselineAtlas['ports'][number];
export type BaselineLine = { id: string; corridorId: string; startYear: number; path: LngLat[] };
export type BaselineStop = { lngLat: LngLat; startYear: number };
export type BaselineTrip = { startYear: number; path: LngLat[]; timestamps: number[] };

/** Trips per line, as many as the app's flows at full density. */
export const TRIPS_PER_LINE = 32;
/** The year of the app's default view. */
export const BASELINE_YEAR = 2026;
/** Time units of one loop of the flow animation. */
export const LOOP = 1000;

const joinLegs = (legs: { path: LngLat[] }[]): LngLat[] => legs.flatMap((leg, i) => (i === 0 ? leg.path : leg.path.slice(1)));

/** `count` trains spread over one loop, timed by distance along the path (degrees are enough here). */
function tripsAlong(line: BaselineLine, count: number): BaselineTrip[] {
  const along = [0];
  for (let i = 1; i < line.path.length; i++) {
    const [a, b] = [line.path[i - 1]!, line.path[i]!];
    along.push(along[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const total = along[along.length - 1] || 1;
  return Array.from({ length: count }, (_, k) => ({
    startYear: line.startYear,
    path: line.path,
    timestamps: along.map((d) => (k * LOOP) / count + (d / total) * LOOP),
  }));
}

// A line with no start year in the sources is drawn in every year (start 0), as the app does.
export function baselineData(atlas: BaselineAtlas) {
  const yearsOf = new Map(atlas.cities.map((c) => [c.id, new Set(c.years.map((y) => y.year))]));
  const lines: BaselineLine[] = atlas.lines.map((l) => ({ id: l.id, corridorId: l.corridorId, startYear: l.startYear ?? 0, path: joinLegs(l.legs) }));
  const stops: BaselineStop[] = atlas.lines.flatMap((l) =>
    l.nodes.filter((n) => n.role !== 'waypoint').map((n) => ({ lngLat: n.lngLat, startYear: l.startYear ?? 0 })),
  );
  return {
    cities: atlas.cities,
    ports: atlas.ports,
    lines,
    stops,
    trips: lines.flatMap((l) => tripsAlong(l, TRIPS_PER_LINE)),
    /** 1 when drawn in `year`, else 0: the value the GPU filter keeps or drops. */
    cityShown: (year: number) => (c: BaselineCity) => (yearsOf.get(c.id)?.has(year) ? 1 : 0),
    portShown: (year: number) => (p: BaselinePort) => (!p.cityId || yearsOf.get(p.cityId)?.has(year) ? 1 : 0),
    startedBy: (year: number) => (x: { startYear: number }) => (x.startYear <= year ? 1 : 0),
  };
}

/** How many features of each kind the baseline draws in `year`. */
export function baselineCounts(atlas: BaselineAtlas, year: number) {
  const d = baselineData(atlas);
  const count = <T>(xs: T[], shown: (x: T) => number) => xs.filter((x) => shown(x) === 1).length;
  return {
    cities: count(d.cities, d.cityShown(year)),
    ports: count(d.ports, d.portShown(year)),
    lines: count(d.lines, d.startedBy(year)),
    stops: count(d.stops, d.startedBy(year)),
    trips: d.trips.length,
  };
}
