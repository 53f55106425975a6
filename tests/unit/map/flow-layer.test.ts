import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Atlas, CorridorStat } from '../../../src/data/schema';
import {
  FLOW_LOOP, flowColor, flowLayerProps, flowTrips, flowVolume, lineTimes, nextFlowTime, staggerOf, trainsPerLineIn,
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
