import { describe, expect, test } from 'vitest';
import type { CorridorStat } from '../../../src/data/schema';
import type { RouteMode } from '../../../src/routing/corridor-graph';
import type { RouteLeg } from '../../../src/routing/route-options';
import { routeResult, transitInputsOf } from '../../../src/routing/route-query';
import { type TransitInputs, estimateTransit, publishedComparisons } from '../../../src/routing/transit-time';
import { loadBuiltAtlas, makeSpeedStats, makeStat } from '../../fixtures/corridor-atlas';

type LegSpec = [RouteMode, number, Partial<Pick<RouteLeg, 'kind' | 'fromName' | 'toName' | 'linkId'>>?];
const option = (...legs: LegSpec[]) => ({
  legs: legs.map(([mode, lengthKm, over]) => ({ mode, lengthKm, kind: 'leg' as const, fromName: 'A', toName: 'B', ...over })),
});
const inputs = (stats: CorridorStat[], over: Partial<TransitInputs> = {}): TransitInputs => ({ stats, references: [], inlandLinks: [], ...over });

describe('transit estimate from synthetic figures', () => {
  const stats = makeSpeedStats(); // rail 1,000 km in 10–20 days; sea more than 100 nm in about 1 day

  test('rail days are the km over the sourced speed range, with the reference that gives it', () => {
    const estimate = estimateTransit(option(['rail', 500]), inputs(stats));
    expect(estimate).toMatchObject({ minDays: 5, maxDays: 10, partial: false });
    expect(estimate?.legs[0]).toMatchObject({ kind: 'speed', references: [{ route: { en: 'Chongqing–Duisburg' }, kmPerDayMin: 50, kmPerDayMax: 100 }] });
    expect(estimate?.sourceIds).toEqual(['S-T06', 'S-T07']);
  });

  test('a published time for exactly the stretch wins over the speed, either way round', () => {
    const withStretch = [...stats, makeStat({ metric: 'transit_days_qinzhou_chongqing', value: 3, unit: 'days', sourceIds: ['S-L22'] })];
    const leg = option(['rail', 1200, { fromName: 'Chongqing (Tuanjiecun hub)', toName: 'Qinzhou Port (Beibu Gulf Port)' }]);
    expect(estimateTransit(leg, inputs(withStretch))).toMatchObject({ minDays: 3, maxDays: 3, legs: [{ kind: 'stretch' }], sourceIds: ['S-L22'] });
  });

  test('sea distances in nautical miles are converted, and a lower-bound distance is flagged as a floor', () => {
    const estimate = estimateTransit(option(['sea', 185.2]), inputs(stats));
    expect(estimate?.minDays).toBeCloseTo(1, 9);
    expect(estimate?.legs[0]).toMatchObject({ kind: 'speed', references: [{ floor: true, length: { value: 100, unit: 'nm' } }] });
  });

  test('several references of a mode give the widest range of their speeds', () => {
    const sailing = { id: 'x', mode: 'sea' as const, labelEn: 'X', labelZh: 'X', lengthValue: 1000, lengthUnit: 'km' as const, lengthKm: 1000, daysMin: 2, daysMax: 4, status: 'confirmed' as const, sourceIds: ['S-D01'], note: '' };
    const estimate = estimateTransit(option(['sea', 1000]), inputs(stats, { references: [sailing] }));
    // 185.2 km/day (the floor) and 250–500 km/day: 2 to 5.4 days
    expect(estimate?.minDays).toBeCloseTo(2, 9);
    expect(estimate?.maxDays).toBeCloseTo(1000 / 185.2, 9);
  });

  test('an inland link uses its own published days', () => {
    const link = { id: 'rhine', mode: 'rail' as const, nameEn: 'R', nameZh: 'R', refs: ['port:a', 'port:b'], path: [[0, 0], [1, 1]] as [number, number][], drawnKm: 150, lengthKm: null, daysMin: 0.33, daysMax: null, startYear: null, status: 'inferred' as const, basis: 'b', sourceIds: ['S-D04'] };
    const estimate = estimateTransit(option(['rail', 150, { kind: 'inland', linkId: 'rhine' }]), inputs(stats, { inlandLinks: [link] }));
    expect(estimate).toMatchObject({ minDays: 0.33, maxDays: 0.33, legs: [{ kind: 'link' }], sourceIds: ['S-D04'] });
  });

  test('road and access legs have no sourced time: left out, and the estimate is partial', () => {
    const estimate = estimateTransit(option(['road', 40, { kind: 'access' }], ['rail', 500]), inputs(stats));
    expect(estimate).toMatchObject({ minDays: 5, maxDays: 10, partial: true, legs: [{ kind: 'none' }, { kind: 'speed' }] });
  });

  test('a time in hours is turned into days', () => {
    const hourly: CorridorStat[] = [
      makeStat({ metric: 'route_length_km_chongqing_duisburg', value: 960 }),
      makeStat({ metric: 'transit_hours_chongqing_duisburg', value: 24, unit: 'hours' }),
    ];
    expect(estimateTransit(option(['rail', 480]), inputs(hourly))).toMatchObject({ minDays: 0.5, maxDays: 0.5 });
  });

  test('the newest figure is used when a metric is published for several years', () => {
    const updated = [...stats, makeStat({ year: 2020, metric: 'transit_days_chongqing_duisburg', value: 5, valueMax: 5, unit: 'days' })];
    expect(estimateTransit(option(['rail', 500]), inputs(updated))).toMatchObject({ minDays: 2.5, maxDays: 2.5 });
  });

  test('nothing to estimate gives null', () => {
    expect(estimateTransit(option(['rail', 500]), inputs([]))).toBeNull();
    expect(estimateTransit(option(['road', 500]), inputs(stats))).toBeNull();
  });
});

describe('transit ranges on the built atlas', () => {
  const atlas = loadBuiltAtlas();
  const found = (from: string, to: string, year = 2025) => {
    const result = routeResult(atlas, from, to, year);
    if (result.status !== 'found') throw new Error(JSON.stringify(result.problem));
    return result;
  };
  const option = (from: string, to: string, id: string) => {
    const result = found(from, to);
    const i = result.options.findIndex((o) => o.id === id);
    expect(i, `${from} → ${to} has ${id}`).toBeGreaterThanOrEqual(0);
    return { option: result.options[i]!, transit: result.transit[i]! };
  };

  test('Chongqing–Duisburg by rail takes the published 14–16 days (S-T06, S-T07)', () => {
    const { transit } = option('city:chongqing', 'duisburg', 'cre-rail-via-alashankou');
    expect(transit).toMatchObject({ minDays: 14, maxDays: 16, partial: false, legs: [{ kind: 'stretch' }] });
  });

  test('China to northern Europe by sea falls in the sourced 30–45 day range at the slow end, and rail in 12–18', () => {
    const sea = option('city:shanghai', 'port:rotterdam', 'ocean').transit;
    // 10,600 nm in 27–35 days (S-D01) and more than 5,000 nm in about 15 days (S-M11): about 27 to 32 days of sailing
    expect(sea.minDays).toBeGreaterThan(25);
    expect(sea.maxDays).toBeGreaterThanOrEqual(30);
    expect(sea.maxDays).toBeLessThanOrEqual(45);
    const rail = option('city:chongqing', 'duisburg', 'cre-rail-via-erenhot').transit;
    expect(rail.minDays).toBeGreaterThanOrEqual(12);
    expect(rail.maxDays).toBeLessThanOrEqual(18);
  });

  test('the Land–Sea option to Europe takes the published Chongqing–Qinzhou time (S-L22) for its rail leg', () => {
    const { option: o, transit } = option('city:chongqing', 'duisburg', 'lsc-rail-sea');
    expect(o.legs[0]).toMatchObject({ mode: 'rail', lineId: 'LSC-M1' });
    expect(transit.legs[0]).toMatchObject({ kind: 'stretch', minDays: 3, maxDays: 3 });
  });

  test('published whole-journey comparisons are offered for options to Europe only', () => {
    expect(publishedComparisons('river-sea', true, atlas.stats).map((s) => s.metric)).toContain('transit_days_saved_chongqing_duisburg_vs_river_sea');
    expect(publishedComparisons('ocean', true, atlas.stats).map((s) => [s.value, s.valueMax])).toContainEqual([40, 50]);
    expect(publishedComparisons('ocean', false, atlas.stats)).toEqual([]);
  });

  test('every source a transit estimate cites exists in the atlas', () => {
    const ids = new Set(atlas.sources.map((s) => s.id));
    for (const [from, to] of [['city:chongqing', 'duisburg'], ['city:shanghai', 'port:rotterdam'], ['chengdu-qingbaijiang-intl-rail-port', 'yangon-port']] as const) {
      for (const t of found(from, to).transit) for (const id of t?.sourceIds ?? []) expect(ids).toContain(id);
    }
  });

  test('the inputs come from the atlas: stats, sailing references and inland links', () => {
    const i = transitInputsOf(atlas);
    expect(i.references.map((r) => r.sourceIds)).toContainEqual(['S-D01']);
    expect(i.inlandLinks.map((l) => l.id)).toContain('yangtze-chongqing-shanghai');
  });
});
