import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Atlas, CorridorStat } from '../../../src/data/schema';
import {
  FLOW_LOOP, FLOW_TRAIL, FLOW_WINDOW, flowColor, flowLayerProps, flowTrips, flowTripsAt, flowVolume, lineTimes, nextFlowTime, staggerOf,
  trainsPerLineIn, tripsBetween,
  type FlowOptions, type FlowTrip,
} from '../../../src/map/layers/flow-layer';
import { corridorColor } from '../../../src/cartography/palette';
import { makeAtlas, makeLine } from '../../fixtures/atlas';

const realAtlas = JSON.parse(readFileSync(new URL('../../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

const stat = (over: Partial<CorridorStat>): CorridorStat => ({
  corridorId: 'cre', year: 2018, metric: 'trains_per_year', value: 100, valueMax: null, unit: 'trains',
  qualifier: 'exact', asOf: null, status: 'confirmed', sourceIds: ['S01'], note: '', ...over,
});
const atlas = makeAtlas({
  lines: [makeLine({ id: 'CRE-W1', startYear: 2011 }), makeLine({ id: 'CRE-W5', startYear: 2022 })],
  stats: [
    stat({ year: 2018, value: 100 }), stat({ year: 2020, value: 400 }),
    stat({ year: 2021, value: 390, qualifier: 'part_year', asOf: '2021-11' }), stat({ year: 2021, value: 380, qualifier: 'lower_bound' }),
    stat({ year: 2022, value: 999, qualifier: 'forecast' }),
  ],
});
const OPTIONS = { tripsPerLine: 16 }; // 8 trains per line

/** Ids of the trips that pass the GPU filter, as DataFilterExtension would test them. */
const kept = (props: ReturnType<typeof flowLayerProps>) => {
  const ranges = props.filterRange as [number, number][];
  return (props.data as FlowTrip[]).filter((t) => {
    const values = (props.getFilterValue as (t: FlowTrip) => number[])(t);
    return values.every((v, i) => v >= ranges[i]![0] && v <= ranges[i]![1]);
  });
};
const propsFor = (a: Atlas, year: number, options: FlowOptions = OPTIONS) =>
  flowLayerProps(flowTrips(a, options), year, 0, true, trainsPerLineIn(a, year, options));

describe('flow density', () => {
  test('follows the published figure, on the scale of the largest', () => {
    expect(trainsPerLineIn(atlas, 2020, OPTIONS).cre).toBe(8);
    expect(trainsPerLineIn(atlas, 2018, OPTIONS).cre).toBe(2);
  });
  test('a year without a figure carries the nearest earlier one and says so', () => {
    expect(flowVolume(atlas, 'cre', 2019)).toMatchObject({ value: 100, carriedFrom: 2018 });
    expect(flowVolume(atlas, 'cre', 2018)).toMatchObject({ value: 100, carriedFrom: null });
  });
  test('a full-year figure wins over a part-year one; a forecast is not used', () => {
    expect(flowVolume(atlas, 'cre', 2021).value).toBe(380);
    expect(flowVolume(atlas, 'cre', 2022)).toMatchObject({ value: 380, carriedFrom: 2021 });
  });
  test('no figure in or before the year means no flows', () => {
    expect(flowVolume(atlas, 'srm', 2024).value).toBeNull();
    expect(trainsPerLineIn(atlas, 2024, OPTIONS).srm).toBe(0);
  });
  test('the real cre and lsc follow trains per year; srm follows named routes', () => {
    const at = (year: number) => trainsPerLineIn(realAtlas, year);
    expect(at(2024).cre).toBeGreaterThan(at(2018).cre);
    expect(at(2024).lsc).toBeGreaterThan(at(2018).lsc);
    expect(at(2024).cre).toBeGreaterThan(at(2024).lsc); // 19,392 vs 10,000 trains
    expect(at(2024).srm).toBeGreaterThan(at(2019).srm);
    expect(flowVolume(realAtlas, 'srm', 2025)).toMatchObject({ metric: 'named_routes', value: 148 });
    expect(flowVolume(realAtlas, 'cre', 2019)).toMatchObject({ value: 6363, carriedFrom: 2018 });
    expect(at(2018).srm).toBeLessThan(at(2019).srm); // 16 routes at the launch in Dec 2018, 50 by mid-2019
  });
});

describe('flow trips', () => {
  test('built once per atlas: the same array for every year', () => {
    expect(flowTrips(atlas, OPTIONS)).toBe(flowTrips(atlas, OPTIONS));
    expect(propsFor(atlas, 2018).data).toBe(propsFor(atlas, 2024).data);
  });
  test('no flows on a line before its start year', () => {
    const lines = (year: number) => new Set(kept(propsFor(atlas, year)).map((t) => t.lineId));
    expect(lines(2021)).toEqual(new Set(['CRE-W1']));
    expect(lines(2022)).toEqual(new Set(['CRE-W1', 'CRE-W5']));
    const real = new Set(kept(propsFor(realAtlas, 2023, {})).map((t) => t.lineId));
    expect(real.has('SRM-L4')).toBe(false); // starts 2024
    expect(realAtlas.lines.filter((l) => (l.startYear ?? 0) <= 2023 && l.corridorId !== 'srm').every((l) => real.has(l.id))).toBe(true);
  });
  test('the trains with the lowest ranks run, two trips each', () => {
    const shown = kept(propsFor(atlas, 2018)).filter((t) => t.lineId === 'CRE-W1');
    expect(shown.map((t) => t.rank)).toEqual([1, 1, 2, 2]);
  });
  test('timestamps rise along each path wherever it moves, one loop from end to end', () => {
    // CRE-W2 ends with a zero-length leg (Małaszewicze border station = destination): time stands still there.
    const moves = (path: FlowTrip['path'], i: number) => path[i]![0] !== path[i - 1]![0] || path[i]![1] !== path[i - 1]![1];
    for (const trip of flowTrips(realAtlas)) {
      expect(trip.timestamps).toHaveLength(trip.path.length);
      const { timestamps: ts, path } = trip;
      expect(ts.every((t, i) => i === 0 || (moves(path, i) ? t > ts[i - 1]! : t === ts[i - 1]!))).toBe(true);
      expect(trip.timestamps.at(-1)! - trip.timestamps[0]!).toBeCloseTo(FLOW_LOOP, 6);
    }
  });
  test('time is proportional to distance travelled', () => {
    expect(lineTimes([[0, 0], [1, 0], [3, 0]], 900)).toEqual([0, 300, 900].map((t) => expect.closeTo(t, 6)));
  });
  test('at any moment each running train is under way exactly once', () => {
    const trips = flowTrips(atlas, OPTIONS).filter((t) => t.lineId === 'CRE-W1');
    for (const now of [0, 1, 499.5, 999]) {
      const underway = trips.filter((t) => t.timestamps[0]! <= now && now < t.timestamps.at(-1)!);
      expect(underway.map((t) => t.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
  });
  test('any first few trains are spread over the loop', () => {
    expect([0, 1, 2, 3].map(staggerOf)).toEqual([0, 0.5, 0.25, 0.75]);
  });
  test('total trips stay within bounds at default density and scale for a benchmark', () => {
    const lines = realAtlas.lines.length;
    expect(flowTrips(realAtlas).length).toBeGreaterThanOrEqual(500);
    expect(flowTrips(realAtlas).length).toBeLessThanOrEqual(1000);
    expect(flowTrips(realAtlas, { tripsPerLine: Math.ceil(10_000 / lines) }).length).toBeGreaterThanOrEqual(10_000);
  });
});

describe('flow layer', () => {
  test('coloured by corridor, a shade darker than the line beneath', () => {
    const trip = flowTrips(atlas, OPTIONS)[0]!;
    const color = (propsFor(atlas, 2020).getColor as unknown as (t: FlowTrip) => number[])(trip);
    expect(color).toEqual(flowColor('cre'));
    expect(color.slice(0, 3)).not.toEqual(corridorColor('cre').slice(0, 3));
    expect(flowColor('cre')).not.toEqual(flowColor('lsc'));
  });
  test('a corridor switched off keeps no trips; the clock is passed through', () => {
    const trips = flowTrips(atlas, OPTIONS);
    const props = flowLayerProps(trips, 2020, 123, { srm: true, cre: false, lsc: true }, trainsPerLineIn(atlas, 2020, OPTIONS));
    expect(kept(props)).toEqual([]);
    expect(props.currentTime).toBe(123);
    expect(flowLayerProps(trips, 2020, 0, false, trainsPerLineIn(atlas, 2020, OPTIONS)).visible).toBe(false);
  });
});

describe('flows cut to the clock', () => {
  /** The segments of a trip that the trail can show at `now`: those whose times meet [now - trail, now]. */
  const showing = (trip: FlowTrip, now: number) =>
    trip.timestamps.flatMap((t, i) => (i > 0 && trip.timestamps[i - 1]! <= now && t >= now - FLOW_TRAIL ? [`${trip.timestamps[i - 1]}-${t}`] : []));
  const segments = (trip: FlowTrip) => new Set(trip.timestamps.slice(1).map((t, i) => `${trip.timestamps[i]}-${t}`));

  test('at every moment of a window, the cut holds every segment the trails show, cut from its own trip', () => {
    const trips = flowTrips(realAtlas);
    for (const now of [0, 12.5, 49.9, 400, 999.9]) {
      const cut = flowTripsAt(trips, now);
      const byId = new Map(cut.map((t) => [t.id, t]));
      for (const trip of trips) {
        const shown = showing(trip, now);
        if (shown.length === 0) continue;
        const kept = byId.get(trip.id);
        expect(kept, `${trip.id} at ${now}`).toBeDefined();
        for (const segment of shown) expect(segments(kept!).has(segment)).toBe(true);
        // The path and its times are cut at the same vertices, from the same trip.
        const start = trip.timestamps.indexOf(kept!.timestamps[0]!);
        expect(kept!.path).toEqual(trip.path.slice(start, start + kept!.path.length));
        expect(kept).toMatchObject({ lineId: trip.lineId, corridorId: trip.corridorId, rank: trip.rank, startYear: trip.startYear });
      }
    }
  });
  test('draws a small part of the paths: trips with nothing to show are left out', () => {
    const trips = flowTrips(realAtlas);
    const vertices = (ts: FlowTrip[]) => ts.reduce((n, t) => n + t.path.length, 0);
    const cut = flowTripsAt(trips, 400);
    expect(vertices(cut)).toBeLessThan(vertices(trips) / 5);
    expect(cut.length).toBeLessThan(trips.length);
    const wholeTrip = { ...trips[0]!, timestamps: [0, 10, 20], path: [[0, 0], [1, 0], [2, 0]] as FlowTrip['path'] };
    expect(tripsBetween([wholeTrip], 100, 150)).toEqual([]); // its trail faded before the window
    expect(tripsBetween([wholeTrip], -60, -50)).toEqual([]); // not yet departed
    expect(tripsBetween([wholeTrip], 0, 50)).toEqual([wholeTrip]);
  });
  test('the same array while the clock stays in its window, a new one when it moves on', () => {
    const trips = flowTrips(atlas, OPTIONS);
    const first = flowTripsAt(trips, 0);
    expect(flowTripsAt(trips, FLOW_WINDOW - 0.01)).toBe(first);
    expect(flowTripsAt(trips, FLOW_WINDOW)).not.toBe(first);
  });
});

describe('flow clock', () => {
  test('advances with elapsed time and wraps at the loop', () => {
    expect(nextFlowTime(100, 1000, 0.05, 1000)).toBe(150);
    expect(nextFlowTime(990, 1000, 0.05, 1000)).toBe(40);
    expect(nextFlowTime(10, -1000, 0.05, 1000)).toBe(960);
  });
  test('a missing frame time leaves the clock where it was', () => {
    expect(nextFlowTime(10, Number.NaN, 0.05, 1000)).toBe(10);
  });
});
