import type { TripsLayerProps } from '@deck.gl/geo-layers';
import { lineShownFrom } from '../../data/line-years';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { bisectLeft, bisectRight } from 'd3-array';
import { rgb } from 'd3-color';
import { geoDistance } from 'd3-geo';
import { CORRIDORS, type CorridorSpec } from '../../data/corridors';
import { bestFigure } from '../../data/figures';
import { CORRIDOR_IDS, type Atlas, type CorridorId, type CorridorStat, type Line, type LngLat } from '../../data/schema';
import { CORRIDOR_CSS, type RGBA } from '../../cartography/palette';
import { linePath } from '../../data/line-path';
import { anyCorridorShown, corridorShown, type CorridorVisibility } from './node-layer';

export const FLOW_LAYER_ID = 'corridor-flows';
/** Time units in one animation loop; every line is traversed once per loop. */
export const FLOW_LOOP = 1000;
/** Time units per millisecond: one loop every 40 s. */
export const FLOW_SPEED = FLOW_LOOP / 40_000;
export const FLOW_TRAIL = 45;
/** Trips per line at full density; about 740 trips on the real atlas. */
export const DEFAULT_TRIPS_PER_LINE = 32;
/**
 * [startYear, then one rank per corridor]: each corridor gets its own count. DataFilterExtension filters on at
 * most 4 values, so a fourth corridor needs its ranks packed differently.
 */
export const FLOW_FILTER_SIZE = (1 + CORRIDOR_IDS.length) as 2 | 3 | 4;

/**
 * One pass of one train along its line. A train runs every loop, so it is two trips: one that departs
 * in this loop and one that departed in the previous loop and is still under way when the clock wraps.
 */
export type FlowTrip = {
  /** `${lineId}~${index}` */
  id: string;
  lineId: string;
  corridorId: CorridorId;
  startYear: number;
  /** 0-based position within the line's trips. */
  index: number;
  /** 1-based density rank of the train; it runs while rank <= the corridor's count for the year. */
  rank: number;
  path: LngLat[];
  /** One per path vertex, proportional to the geodesic distance travelled. */
  timestamps: number[];
};
export type FlowOptions = { tripsPerLine?: number; loop?: number };

/** Per corridor, how many trains (ranks) run on each of its lines in a year. */
export type TrainsPerLine = Readonly<Record<CorridorId, number>>;

/** The figure that sets a corridor's flow density: its `flowMetric` in data/corridors.ts; one scale per metric. */
export const FLOW_METRIC = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, CORRIDORS[id].flowMetric])) as
  Record<CorridorId, CorridorSpec['flowMetric']>;

export type FlowVolume = {
  corridorId: CorridorId;
  year: number;
  metric: string;
  /** null when no figure is published in or before the year: no flows then. */
  value: number | null;
  /** The earlier year whose figure stands in for a year without one; null when the year has its own. */
  carriedFrom: number | null;
  stat: CorridorStat | null;
};

/** A forecast is not a volume; a part-year figure is used as published (a lower bound), never scaled up. */
const bestFigureByYear = (atlas: Atlas, corridorId: CorridorId) => {
  const usable = atlas.stats.filter(
    (s) => s.corridorId === corridorId && s.metric === FLOW_METRIC[corridorId] && s.qualifier !== 'forecast',
  );
  const byYear = new Map<number, CorridorStat>();
  for (const year of new Set(usable.map((s) => s.year))) byYear.set(year, bestFigure(usable.filter((s) => s.year === year))!);
  return byYear;
};

const volumesCache = new WeakMap<Atlas, Map<string, FlowVolume>>();
const volumesOf = (atlas: Atlas) => {
  let volumes = volumesCache.get(atlas);
  if (!volumes) {
    volumes = new Map();
    for (const corridorId of CORRIDOR_IDS) {
      const byYear = bestFigureByYear(atlas, corridorId);
      for (let year = atlas.firstYear; year <= atlas.lastYear; year++) {
        // A year without a figure carries the nearest earlier one; none earlier means no flows.
        const from = [...byYear.keys()].filter((y) => y <= year).sort((a, b) => b - a)[0];
        const stat = from === undefined ? null : byYear.get(from)!;
        volumes.set(`${corridorId}/${year}`, {
          corridorId, year, metric: FLOW_METRIC[corridorId], value: stat?.value ?? null,
          carriedFrom: from !== undefined && from < year ? from : null, stat,
        });
      }
    }
    volumesCache.set(atlas, volumes);
  }
  return volumes;
};

const noFigure = (corridorId: CorridorId, year: number): FlowVolume =>
  ({ corridorId, year, metric: FLOW_METRIC[corridorId], value: null, carriedFrom: null, stat: null });
/** The figure behind a corridor's flows in a year, with the year it was carried from, for the legend. */
export const flowVolume = (atlas: Atlas, corridorId: CorridorId, year: number): FlowVolume =>
  volumesOf(atlas).get(`${corridorId}/${year}`) ?? noFigure(corridorId, year);

const trainsPerLineOf = (tripsPerLine: number) => Math.max(1, Math.ceil(tripsPerLine / 2));

/** Trains per line in the year, proportional to the corridor's figure over the largest on its metric's scale. */
export function trainsPerLineIn(atlas: Atlas, year: number, options: FlowOptions = {}): TrainsPerLine {
  const trains = trainsPerLineOf(options.tripsPerLine ?? DEFAULT_TRIPS_PER_LINE);
  const all = [...volumesOf(atlas).values()];
  const scaleMax = (metric: string) => Math.max(0, ...all.filter((v) => v.metric === metric).map((v) => v.value ?? 0));
  const countFor = (id: CorridorId) => {
    const { value, metric } = flowVolume(atlas, id, year);
    const max = scaleMax(metric);
    // A published volume, however small, shows at least one train.
    return value && max > 0 ? Math.max(1, Math.round((trains * value) / max)) : 0;
  };
  return Object.fromEntries(CORRIDOR_IDS.map((id) => [id, countFor(id)])) as TrainsPerLine;
}

/** Bit-reversal (van der Corput) fraction: any first n trains spread evenly over the loop. */
export const staggerOf = (train: number) => {
  let fraction = 0;
  for (let bit = 0.5, n = train; n > 0; bit /= 2, n >>= 1) fraction += (n & 1) * bit;
  return fraction;
};

/** Times along the line from 0 to `loop`, proportional to cumulative geodesic distance. */
export function lineTimes(path: readonly LngLat[], loop: number): number[] {
  const cumulative = [0];
  for (let i = 1; i < path.length; i++) cumulative.push(cumulative[i - 1]! + geoDistance(path[i - 1]!, path[i]!));
  const total = cumulative[cumulative.length - 1]!;
  return cumulative.map((d, i) => (total > 0 ? (d / total) * loop : (i / Math.max(1, path.length - 1)) * loop));
}

const tripsOfLine = (line: Line, tripsPerLine: number, loop: number): FlowTrip[] => {
  const path = linePath(line);
  const times = lineTimes(path, loop);
  return Array.from({ length: 2 * trainsPerLineOf(tripsPerLine) }, (_, index) => {
    const train = index >> 1;
    const offset = staggerOf(train) * loop - (index % 2) * loop;
    return {
      id: `${line.id}~${index}`, lineId: line.id, corridorId: line.corridorId, startYear: lineShownFrom(line),
      index, rank: train + 1, path, timestamps: times.map((t) => t + offset),
    };
  });
};

const tripsCache = new WeakMap<Atlas, Map<string, FlowTrip[]>>();
/** Every trip of every line; built once per atlas and options, the same array for every year. */
export function flowTrips(atlas: Atlas, options: FlowOptions = {}): FlowTrip[] {
  const tripsPerLine = options.tripsPerLine ?? DEFAULT_TRIPS_PER_LINE;
  const loop = options.loop ?? FLOW_LOOP;
  const key = `${tripsPerLine}/${loop}`;
  let byOptions = tripsCache.get(atlas);
  if (!byOptions) tripsCache.set(atlas, (byOptions = new Map()));
  let trips = byOptions.get(key);
  if (!trips) byOptions.set(key, (trips = atlas.lines.flatMap((line) => tripsOfLine(line, tripsPerLine, loop))));
  return trips;
}

/** The clock is cut into windows this long (2 s at FLOW_SPEED); the flows draw only what can show in the current one. */
export const FLOW_WINDOW = 50;
/** Vertices kept beyond each end of a cut, so the joins there draw as on the whole path. */
const CUT_MARGIN = 2;

/**
 * The trips cut to what can show while the clock runs from `from` to `to`: the trail behind `from` up to `to`.
 * A trip draws its whole path on the GPU, to hide all but its trail there: on software GL, drawing every path
 * cost more than the rest of the map together. A trip with nothing to show is left out.
 */
export function tripsBetween(trips: readonly FlowTrip[], from: number, to: number, trail = FLOW_TRAIL): FlowTrip[] {
  const cut: FlowTrip[] = [];
  for (const trip of trips) {
    const times = trip.timestamps;
    if (!(times[times.length - 1]! >= from - trail && times[0]! <= to)) continue;
    const start = Math.max(0, bisectLeft(times, from - trail) - CUT_MARGIN);
    const end = Math.min(times.length, bisectRight(times, to) + CUT_MARGIN);
    cut.push(start === 0 && end === times.length ? trip : { ...trip, path: trip.path.slice(start, end), timestamps: times.slice(start, end) });
  }
  return cut;
}

const windowCache = new WeakMap<readonly FlowTrip[], { slot: number; trips: FlowTrip[] }>();
/** The trips cut to the window of the clock that holds `time`: the same array until the clock leaves it. */
export function flowTripsAt(trips: readonly FlowTrip[], time: number): FlowTrip[] {
  const slot = Math.floor(time / FLOW_WINDOW);
  const cached = windowCache.get(trips);
  if (cached?.slot === slot) return cached.trips;
  const cut = tripsBetween(trips, slot * FLOW_WINDOW, (slot + 1) * FLOW_WINDOW);
  windowCache.set(trips, { slot, trips: cut });
  return cut;
}

/** The rank sits in its corridor's dimension; the other corridors' dimensions hold 0, which always passes. */
export const flowFilterValue = (trip: FlowTrip): number[] =>
  [trip.startYear, ...CORRIDOR_IDS.map((id) => (id === trip.corridorId ? trip.rank : 0))];

/** Darker than the corridor line beneath, so the moving trail stands out from it. */
const FLOW_COLORS = Object.fromEntries(
  CORRIDOR_IDS.map((id) => {
    const c = rgb(CORRIDOR_CSS[id]).darker(0.9);
    return [id, [Math.round(c.r), Math.round(c.g), Math.round(c.b), 240]];
  }),
) as Record<CorridorId, RGBA>;
export const flowColor = (id: CorridorId): RGBA => FLOW_COLORS[id];

/**
 * Year, clock and toggles reach the GPU as uniforms (filterRange, currentTime): the trips and their
 * attributes are built once. `maxTripsForYear` is `trainsPerLineIn(atlas, year)`.
 */
export const flowLayerProps = (
  trips: FlowTrip[], year: number, currentTime: number, visible: CorridorVisibility, maxTripsForYear: TrainsPerLine,
): TripsLayerProps<FlowTrip> & DataFilterExtensionProps<FlowTrip> => ({
  id: FLOW_LAYER_ID, data: trips, visible: anyCorridorShown(visible), pickable: false,
  getPath: (t) => t.path, getTimestamps: (t) => t.timestamps,
  currentTime, trailLength: FLOW_TRAIL, fadeTrail: true,
  getColor: (t) => flowColor(t.corridorId), getWidth: 4, widthUnits: 'pixels', capRounded: true, jointRounded: true,
  getFilterValue: flowFilterValue,
  filterRange: [
    [0, year],
    ...CORRIDOR_IDS.map((id): [number, number] => [0, corridorShown(visible, id) ? maxTripsForYear[id] : 0]),
  ],
});

/** The animation clock: advances by dtMs at `speed` time units per ms and wraps into [0, loop). */
export function nextFlowTime(t: number, dtMs: number, speed = FLOW_SPEED, loop = FLOW_LOOP): number {
  if (!(loop > 0)) return 0;
  const next = t + (Number.isFinite(dtMs) ? dtMs : 0) * speed;
  return Number.isFinite(next) ? ((next % loop) + loop) % loop : 0;
}
