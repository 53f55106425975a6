import { describe, expect, test } from 'vitest';
import type { CorridorStat, LegMode } from '../../../src/data/schema';
import { buildCorridorGraph } from '../../../src/routing/corridor-graph';
import { findRouteOptions } from '../../../src/routing/route-options';
import { estimateTransit } from '../../../src/routing/transit-time';
import { loadBuiltAtlas, makeSpeedStats, makeStat } from '../../fixtures/corridor-atlas';

const option = (...legs: [LegMode, number][]) => ({ legs: legs.map(([mode, lengthKm]) => ({ mode, lengthKm })) });

describe('transit estimate from synthetic figures', () => {
  const stats = makeSpeedStats(); // rail 1,000 km in 10–20 days; sea 100 nm in about 1 day

  test('rail days are the km over the sourced speed range', () => {
    const estimate = estimateTransit(option(['rail', 500]), stats);
    expect(estimate).toMatchObject({ minDays: 5, maxDays: 10, partial: false });
  });

  test('the rail assumption shows the sourced figures, the speed derived from them and the sources', () => {
    expect(estimateTransit(option(['rail', 500]), stats)?.assumptions[0]).toEqual({
      text: 'Rail: Chongqing–Duisburg 1,000 km in 10–20 days (S-T06, S-T07) → 50–100 km/day',
      sourceIds: ['S-T06', 'S-T07'],
    });
  });

  test('sea distances in nautical miles are converted, and a lower-bound distance is flagged', () => {
    const estimate = estimateTransit(option(['sea', 185.2]), stats);
    expect(estimate?.minDays).toBeCloseTo(1, 9);
    expect(estimate?.maxDays).toBeCloseTo(1, 9);
    expect(estimate?.assumptions[0]?.text).toBe(
      'Sea: China–Persian Gulf more than 100 nm (185 km) in about 1 days (S-M11) → 185 km/day; the distance is a lower bound, so the speed is a floor and the days an upper estimate',
    );
  });

  test('modes add up', () => {
    expect(estimateTransit(option(['rail', 500], ['sea', 185.2]), stats)).toMatchObject({ minDays: 6, maxDays: 11 });
  });

  test('road legs have no sourced speed: they are left out, said so, and the estimate is partial', () => {
    const estimate = estimateTransit(option(['road', 40], ['rail', 500]), stats);
    expect(estimate).toMatchObject({ minDays: 5, maxDays: 10, partial: true });
    expect(estimate?.assumptions[0]).toEqual({ text: 'Road legs (40 km): no sourced speed; not included', sourceIds: [] });
  });

  test('a time in hours is turned into days', () => {
    const hourly: CorridorStat[] = [
      makeStat({ metric: 'route_length_km_chongqing_duisburg', value: 960 }),
      makeStat({ metric: 'transit_hours_chongqing_duisburg', value: 24, unit: 'hours' }),
    ];
    expect(estimateTransit(option(['rail', 480]), hourly)).toMatchObject({ minDays: 0.5, maxDays: 0.5 });
  });

  test('the newest figure is used when a metric is published for several years', () => {
    const updated = [...stats, makeStat({ year: 2020, metric: 'transit_days_chongqing_duisburg', value: 5, valueMax: 5, unit: 'days' })];
    expect(estimateTransit(option(['rail', 500]), updated)).toMatchObject({ minDays: 2.5, maxDays: 2.5 });
  });

  test('nothing to estimate gives null', () => {
    expect(estimateTransit(option(['rail', 500]), [])).toBeNull();
    expect(estimateTransit(option(['road', 500]), stats)).toBeNull();
  });
});

describe('transit estimate on the built atlas', () => {
  const atlas = loadBuiltAtlas();
  const graph = buildCorridorGraph(atlas);
  const first = (from: string, to: string) => {
    const result = findRouteOptions(graph, from, to);
    if (result.status !== 'found') throw new Error(result.reason);
    return result.options[0]!;
  };
  const stat = (metric: string) => atlas.stats.find((s) => s.metric === metric)!;

  test('rail speed comes from the Chongqing–Duisburg length and days', () => {
    const rail = first('city:chongqing', 'duisburg');
    const km = stat('route_length_km_chongqing_duisburg').value;
    const days = stat('transit_days_chongqing_duisburg');
    const estimate = estimateTransit(rail, atlas.stats);
    expect(estimate?.minDays).toBeCloseTo(rail.distanceKm / (km / days.value), 9);
    expect(estimate?.maxDays).toBeCloseTo(rail.distanceKm / (km / days.valueMax!), 9);
    expect(estimate?.assumptions[0]?.text).toBe('Rail: Chongqing–Duisburg 11,179 km in 14–16 days (S-T06, S-T05, S-T07) → 699–799 km/day');
  });

  test('sea speed comes from the China–Persian Gulf figure', () => {
    const sea = first('city:shanghai', 'singapore');
    const estimate = estimateTransit(sea, atlas.stats);
    const kmPerDay = (stat('route_length_nm_china_persian_gulf').value * 1.852) / stat('transit_days_china_persian_gulf').value;
    expect(estimate?.maxDays).toBeCloseTo(sea.distanceKm / kmPerDay, 9);
    expect(estimate?.assumptions[0]?.sourceIds).toEqual(['S-M11']);
    expect(estimate?.assumptions[0]?.text).toMatch(/→ 617 km\/day/);
  });

  test('the Myanmar passage is partial: its road legs have no sourced speed', () => {
    const result = findRouteOptions(graph, 'chengdu-qingbaijiang-intl-rail-port', 'yangon-port');
    const land = result.status === 'found' ? result.options.find((o) => o.family === 'lsc-land') : undefined;
    const estimate = estimateTransit(land!, atlas.stats);
    expect(estimate?.partial).toBe(true);
    expect(estimate?.assumptions.map((a) => a.text)).toContainEqual(expect.stringMatching(/^Road legs \([\d,]+ km\): no sourced speed; not included$/));
  });

  test('every cited source exists in the atlas', () => {
    const ids = new Set(atlas.sources.map((s) => s.id));
    const estimate = estimateTransit(first('chengdu-qingbaijiang-intl-rail-port', 'yangon-port'), atlas.stats);
    for (const a of estimate?.assumptions ?? []) for (const id of a.sourceIds) expect(ids).toContain(id);
  });
});
