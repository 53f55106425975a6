import { describe, expect, test } from 'vitest';
import { bestFigure, newestFigure } from '../../../src/data/figures';
import { metricSeries } from '../../../src/data/corridor-series';
import { flowVolume } from '../../../src/map/layers/flow-layer';
import { routeTime } from '../../../src/routing/transit-sources';
import { publishedComparisons } from '../../../src/routing/transit-time';
import type { CorridorStat } from '../../../src/data/schema';
import { makeAtlas } from '../../fixtures/atlas';

/** Synthesised figures; none of them are real. */
const makeStat = (over: Partial<CorridorStat> = {}): CorridorStat => ({
  corridorId: 'cre', year: 2020, metric: 'trains_per_year', value: 100, valueMax: null, unit: 'trains',
  qualifier: 'exact', asOf: null, status: 'confirmed', sourceIds: ['S01'], note: '', ...over,
});
const bothOrders = (a: CorridorStat, b: CorridorStat) => [bestFigure([a, b]), bestFigure([b, a])];

describe('which figure of a metric and year wins', () => {
  test('a whole-year figure beats a larger part-year one', () => {
    const whole = makeStat({ value: 100 });
    const part = makeStat({ value: 400, qualifier: 'part_year', asOf: '2020-10' });
    expect(bothOrders(whole, part)).toEqual([whole, whole]);
  });

  test('a confirmed figure beats an inferred one, a later as-of date an earlier one', () => {
    const confirmed = makeStat({ value: 90 });
    expect(bothOrders(confirmed, makeStat({ value: 120, status: 'inferred' }))).toEqual([confirmed, confirmed]);
    const later = makeStat({ asOf: '2020-12' });
    expect(bothOrders(later, makeStat({ value: 300, asOf: '2020-06' }))).toEqual([later, later]);
  });

  test('on an otherwise equal footing the more precise figure wins, not the larger', () => {
    const exact = makeStat({ value: 150, qualifier: 'exact' });
    const atLeast = makeStat({ value: 200, qualifier: 'lower_bound' });
    expect(bothOrders(exact, atLeast)).toEqual([exact, exact]);
  });

  test('a full tie is broken by the sources, then by the larger value, whatever the row order', () => {
    const first = makeStat({ value: 10, sourceIds: ['S01'] });
    const second = makeStat({ value: 99, sourceIds: ['S02'] });
    expect(bothOrders(first, second)).toEqual([first, first]);
    const larger = makeStat({ value: 99 });
    expect(bothOrders(makeStat({ value: 10 }), larger)).toEqual([larger, larger]);
  });

  test('the newest year wins over a better-sourced older one; within the year the same rule', () => {
    const old = makeStat({ year: 2019, metric: 'transit_days_a_b', value: 12 });
    const newRough = makeStat({ year: 2021, metric: 'transit_days_a_b', value: 16, qualifier: 'approx' });
    const newExact = makeStat({ year: 2021, metric: 'transit_days_a_b', value: 14 });
    expect(newestFigure([old, newRough, newExact])).toBe(newExact);
    expect(newestFigure([])).toBeNull();
  });
});

describe('charts, flows and route days agree on a tie', () => {
  const exact = makeStat({ value: 150 });
  const atLeast = makeStat({ value: 200, qualifier: 'lower_bound', sourceIds: ['S00'] });

  test('the chart plots, and the flows run on, the same figure', () => {
    const stats = [atLeast, exact];
    expect(metricSeries(stats, 'cre', 'trains_per_year', [2020])[0]?.value).toBe(150);
    expect(flowVolume(makeAtlas({ stats }), 'cre', 2020).value).toBe(150);
  });

  test('a route time and a published comparison take the same figure', () => {
    const days = (value: number, qualifier: CorridorStat['qualifier']) =>
      makeStat({ metric: 'transit_days_china_duisburg_sea', unit: 'days', value, qualifier, sourceIds: qualifier === 'exact' ? ['S01'] : ['S00'] });
    const stats = [days(40, 'lower_bound'), days(30, 'exact')];
    expect(routeTime(stats, 'china_duisburg_sea')?.minDays).toBe(30);
    expect(publishedComparisons('ocean', true, stats).map((s) => s.value)).toEqual([30]);
    expect(metricSeries(stats, 'cre', 'transit_days_china_duisburg_sea', [2020])[0]?.value).toBe(30);
  });
});
