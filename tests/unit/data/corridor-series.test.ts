import { describe, expect, test } from 'vitest';
import {
  chartableMetrics, corridorYears, metricSeries, sourcedRouteLength, transitFacts,
} from '../../../src/data/corridor-series';
import type { CorridorStat } from '../../../src/data/schema';
import { makeLine } from '../../fixtures/atlas';

/** Synthesised figures; none of them are real. */
const makeStat = (over: Partial<CorridorStat> = {}): CorridorStat => ({
  corridorId: 'cre', year: 2020, metric: 'trains_per_year', value: 100, valueMax: null, unit: 'trains',
  qualifier: 'exact', asOf: null, status: 'confirmed', sourceIds: ['S01'], note: '', ...over,
});

const YEARS = [2019, 2020, 2021, 2022];

describe('metric series', () => {
  test('has one point per year, and a year without a figure stays null, not zero', () => {
    const series = metricSeries([makeStat({ year: 2020 }), makeStat({ year: 2022, value: 300 })], 'cre', 'trains_per_year', YEARS);
    expect(series.map((p) => p.year)).toEqual(YEARS);
    expect(series.map((p) => p.value)).toEqual([null, 100, null, 300]);
    expect(series[0]).toMatchObject({ qualifier: null, status: null, sourceIds: [], alternatives: [] });
  });

  test('ignores other corridors and other metrics', () => {
    const stats = [makeStat({ corridorId: 'lsc' }), makeStat({ metric: 'teu_per_year' })];
    expect(metricSeries(stats, 'cre', 'trains_per_year', [2020])[0]?.value).toBeNull();
  });

  test('a whole-year figure wins over a part-year one, which is kept as an alternative', () => {
    const partYear = makeStat({ value: 90, qualifier: 'part_year', asOf: '2020-11', sourceIds: ['S02'] });
    const wholeYear = makeStat({ value: 110, qualifier: 'lower_bound', sourceIds: ['S03'] });
    const [point] = metricSeries([partYear, wholeYear], 'cre', 'trains_per_year', [2020]);
    expect(point).toMatchObject({ value: 110, qualifier: 'lower_bound', sourceIds: ['S03'] });
    expect(point?.alternatives).toEqual([partYear]);
  });

  test('a confirmed figure wins over an uncertain one that conflicts with it', () => {
    const uncertain = makeStat({ value: 128, status: 'uncertain', asOf: '2025-07', sourceIds: ['S02'] });
    const confirmed = makeStat({ value: 133, asOf: '2025-07', sourceIds: ['S03'] });
    expect(metricSeries([uncertain, confirmed], 'cre', 'trains_per_year', [2020])[0]?.value).toBe(133);
  });

  test('among snapshots of a running count, the latest in the year wins', () => {
    const stats = [makeStat({ metric: 'named_routes', value: 132, asOf: '2025-03' }), makeStat({ metric: 'named_routes', value: 148, asOf: '2025-09' })];
    const [point] = metricSeries(stats, 'cre', 'named_routes', [2020]);
    expect(point).toMatchObject({ value: 148, asOf: '2025-09' });
    expect(point?.alternatives.map((a) => a.value)).toEqual([132]);
  });

  test('the choice does not depend on the order of the input', () => {
    const stats = [makeStat({ value: 1, sourceIds: ['S02'] }), makeStat({ value: 2, sourceIds: ['S01'] }), makeStat({ value: 3, qualifier: 'approx' })];
    const forward = metricSeries(stats, 'cre', 'trains_per_year', [2020]);
    expect(metricSeries([...stats].reverse(), 'cre', 'trains_per_year', [2020])).toEqual(forward);
    expect(forward[0]?.value).toBe(2);
  });

  test('a forecast is plotted only when nothing else is published, and keeps its qualifier', () => {
    const forecast = makeStat({ value: 9000, qualifier: 'forecast', status: 'uncertain' });
    expect(metricSeries([forecast], 'cre', 'trains_per_year', [2020])[0]).toMatchObject({ value: 9000, qualifier: 'forecast', status: 'uncertain' });
    const partYear = makeStat({ value: 8000, qualifier: 'part_year', asOf: '2020-09' });
    expect(metricSeries([forecast, partYear], 'cre', 'trains_per_year', [2020])[0]?.qualifier).toBe('part_year');
  });

  test('a range keeps its upper end', () => {
    const [point] = metricSeries([makeStat({ value: 14, valueMax: 16 })], 'cre', 'trains_per_year', [2020]);
    expect(point).toMatchObject({ value: 14, valueMax: 16 });
  });
});

describe('chartable metrics', () => {
  test('need figures in two different years', () => {
    const stats = [
      makeStat({ metric: 'named_routes', year: 2020 }), makeStat({ metric: 'named_routes', year: 2020, asOf: '2020-05' }),
      makeStat({ metric: 'ports_reached', year: 2020 }), makeStat({ metric: 'ports_reached', year: 2021 }),
    ];
    expect(chartableMetrics(stats, 'cre')).toEqual(['ports_reached']);
  });

  test('put yearly volumes first, then the rest alphabetically after the known ones', () => {
    const metrics = ['zebra_count', 'cumulative_trains', 'alpha_count', 'ports_reached', 'teu_per_year', 'trains_per_year'];
    const stats = metrics.flatMap((metric) => [makeStat({ metric, year: 2020 }), makeStat({ metric, year: 2021 })]);
    expect(chartableMetrics(stats, 'cre')).toEqual(['trains_per_year', 'teu_per_year', 'ports_reached', 'cumulative_trains', 'alpha_count', 'zebra_count']);
  });

  test('leave out transit times, route lengths and growth rates', () => {
    const metrics = ['transit_days_a_b', 'route_length_km_a_b', 'trains_yoy_growth_pct'];
    const stats = metrics.flatMap((metric) => [makeStat({ metric, year: 2020 }), makeStat({ metric, year: 2021 })]);
    expect(chartableMetrics(stats, 'cre')).toEqual([]);
  });
});

describe('transit facts', () => {
  test('lists transit times before route lengths, with their sources', () => {
    const stats = [
      makeStat({ metric: 'route_length_km_a_b', unit: 'km', sourceIds: ['S03'] }),
      makeStat({ metric: 'transit_days_a_b', value: 14, valueMax: 16, unit: 'days', sourceIds: ['S02'] }),
      makeStat({ metric: 'trains_per_year' }),
    ];
    expect(transitFacts(stats, 'cre').map((f) => [f.kind, f.metric, f.sourceIds])).toEqual([
      ['transit', 'transit_days_a_b', ['S02']],
      ['route_length', 'route_length_km_a_b', ['S03']],
    ]);
  });
});

describe('sourced route length', () => {
  const node = (seq: number, nameEn: string, role: 'origin_hub' | 'waypoint' | 'destination') => ({
    seq, nameEn, nameZh: nameEn, role, lngLat: [100, 30] as [number, number], countryIso2: null, legMode: null, coordSource: 'approx' as const, note: '',
  });
  const line = makeLine({
    nodes: [node(1, 'Chongqing (Tuanjiecun hub)', 'origin_hub'), node(2, 'Somewhere', 'destination'), node(3, 'Duisburg', 'destination'), node(4, 'Sea point', 'waypoint')],
  });

  test('matches the end stops of the line, in either direction', () => {
    const length = makeStat({ metric: 'route_length_km_duisburg_chongqing', value: 11179, unit: 'km' });
    expect(sourcedRouteLength([length], line)?.value).toBe(11179);
  });

  test('is null when no figure names both end stops', () => {
    expect(sourcedRouteLength([makeStat({ metric: 'route_length_km_chongqing_somewhere', unit: 'km' })], line)).toBeNull();
  });
});

test('corridor years run from the start year to the last year', () => {
  expect(corridorYears(2023, 2026)).toEqual([2023, 2024, 2025, 2026]);
});
