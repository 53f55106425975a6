import { describe, expect, test } from 'vitest';
import { geoLength } from 'd3';
import type { LngLat } from '../../../src/data/schema';
import { buildCorridorGraph } from '../../../src/routing/corridor-graph';
import { type RouteOption, type RouteOptionsResult, findRouteOptions } from '../../../src/routing/route-options';
import { loadBuiltAtlas, makeCorridorAtlas, makeCorridorLine } from '../../fixtures/corridor-atlas';

const geodesicKm = (path: LngLat[]) => geoLength({ type: 'LineString', coordinates: path }) * 6371.0088;

function optionsOf(result: RouteOptionsResult): RouteOption[] {
  if (result.status !== 'found') throw new Error(`expected options, got ${result.status}: ${JSON.stringify(result.problem)}`);
  return result.options;
}

describe('route options in a synthetic network', () => {
  const graph = buildCorridorGraph(makeCorridorAtlas());

  test('each Chinese border crossing the rail lines use gives its own rail option, shortest first', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:alpha', 'omega'));
    expect(options.map((o) => o.id)).toEqual(['cre-rail-via-west-gate', 'cre-rail-via-north-gate']);
    expect(options.map((o) => o.isShortest)).toEqual([true, false]);
  });

  test('an option lists the border crossings it passes with their notes', () => {
    const [west] = optionsOf(findRouteOptions(graph, 'city:alpha', 'omega'));
    expect(west?.borderCrossings.map((b) => [b.nameEn, b.note])).toEqual([
      ['West Gate', 'Gauge change 1,435/1,520 mm'], ['West Gate Far', ''],
    ]);
  });

  test('rail to a port and then a ship is one option with one change of mode', () => {
    const [option, ...others] = optionsOf(findRouteOptions(graph, 'city:alpha', 'lion'));
    expect(others).toEqual([]);
    expect(option).toMatchObject({ family: 'lsc-rail-sea', corridors: ['lsc'], modeChanges: 1 });
    expect(option?.legs.map((l) => [l.lineId, l.mode, l.fromName, l.toName])).toEqual([
      ['LSC-M1', 'rail', 'Alpha', 'Bay Port'], ['LSC-S1', 'sea', 'Bay Port', 'Lion'],
    ]);
  });

  test('a city off the network starts with its road access leg', () => {
    const [sea] = optionsOf(findRouteOptions(graph, 'city:coastal', 'lion'));
    expect(sea?.family).toBe('srm-sea');
    expect(sea?.legs[0]).toMatchObject({ kind: 'access', lineId: null, mode: 'road', fromName: 'Coastal', toName: 'Coast Port' });
  });

  test('a city that is a corridor stop starts on the line, without an access leg', () => {
    const [option] = optionsOf(findRouteOptions(graph, 'city:alpha', 'delta'));
    expect(option?.legs.map((l) => [l.kind, l.mode])).toEqual([['leg', 'rail'], ['leg', 'road']]);
  });

  test('the families that cannot reach the destination are named', () => {
    const result = findRouteOptions(graph, 'city:alpha', 'omega');
    expect(result.status === 'found' && result.unavailable).toEqual(['river-sea', 'lsc-rail-sea', 'ocean', 'srm-sea', 'lsc-land']);
  });

  test('on a stretch several lines share, the route stays on one line', () => {
    const a = { name: 'A', at: [100, 30] as LngLat }, b = { name: 'B', at: [95, 32] as LngLat };
    const c = { name: 'C', at: [90, 34] as LngLat }, d = { name: 'D', at: [85, 36] as LngLat };
    const shared = buildCorridorGraph(makeCorridorAtlas({
      lines: [makeCorridorLine('CRE-W1', 'cre', [b, c, d]), makeCorridorLine('CRE-W2', 'cre', [a, b, c])],
    }));
    const [option] = optionsOf(findRouteOptions(shared, 'a', 'c'));
    expect(option?.legs.map((l) => l.lineId)).toEqual(['CRE-W2']);
  });

  test('a destination no line connects is unreachable, with a reason', () => {
    expect(findRouteOptions(graph, 'city:alpha', 'isle-bay')).toMatchObject({
      status: 'unreachable', problem: { code: 'no-route', from: { en: 'Alpha' }, to: { en: 'Isle Bay' } },
    });
  });

  test('a city beyond access distance is unreachable and says how far it is', () => {
    const result = findRouteOptions(graph, 'city:remote', 'omega');
    expect(result.status).toBe('unreachable');
    expect(result.status === 'unreachable' && result.problem).toMatchObject({ code: 'too-far', place: { en: 'Remote' }, maxKm: 300 });
    expect(result.status === 'unreachable' && result.problem.code === 'too-far' && result.problem.km).toBeGreaterThan(300);
  });

  test('unknown ids and the same place at both ends are invalid, not thrown', () => {
    expect(findRouteOptions(graph, 'city:nowhere', 'omega')).toMatchObject({ status: 'invalid', problem: { code: 'unknown-place', id: 'city:nowhere' } });
    expect(findRouteOptions(graph, 'city:alpha', 'alpha').status).toBe('invalid');
  });
});

describe('route options on the built atlas', () => {
  const graph = buildCorridorGraph(loadBuiltAtlas());
  const pairs: [string, string][] = [
    ['city:chongqing', 'duisburg'], ['yiwu', 'madrid-abronigal'], ['city:shanghai', 'singapore'], ['city:kunming', 'vientiane'],
    ['city:nanning', 'hanoi-yen-vien'], ['chengdu-qingbaijiang-intl-rail-port', 'yangon-port'], ['city:guangzhou', 'barcelona'],
  ];

  test('Chongqing to Duisburg by rail via Alashankou on the Yuxinou line, changing gauge', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:chongqing', 'duisburg'));
    const rail = options.find((o) => o.id === 'cre-rail-via-alashankou');
    expect(rail?.legs.map((l) => [l.lineId, l.mode])).toEqual([['CRE-W1', 'rail']]);
    expect(rail?.borderCrossings.find((b) => b.nameEn === 'Alashankou')?.note).toMatch(/^Gauge change/);
    expect(options.every((o) => o.family === 'cre-rail')).toBe(true);
  });

  test('Chongqing to Duisburg has no sea option: no modelled sea line reaches northern Europe', () => {
    const result = findRouteOptions(graph, 'city:chongqing', 'duisburg');
    expect(result.status === 'found' && result.unavailable.map((u) => u.family)).toContain('sea');
  });

  test('Kunming to Vientiane runs on the China–Laos Railway through Mohan and Boten', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:kunming', 'vientiane'));
    expect(options.map((o) => o.legs.map((l) => l.lineId))).toEqual([['LSC-X2']]);
    expect(options[0]?.borderCrossings.map((b) => b.nameEn)).toEqual(['Mohan', 'Boten']);
  });

  test('Nanning to Hanoi runs on the China–Vietnam line through Pingxiang', () => {
    const [option] = optionsOf(findRouteOptions(graph, 'city:nanning', 'hanoi-yen-vien'));
    expect(option?.legs.map((l) => l.lineId)).toEqual(['LSC-X1']);
    expect(option?.borderCrossings[0]?.nameEn).toBe('Pingxiang (Youyiguan)');
  });

  test('Chengdu to Yangon by the Myanmar passage (rail, then road) and by rail and sea via Qinzhou and Singapore', () => {
    const options = optionsOf(findRouteOptions(graph, 'chengdu-qingbaijiang-intl-rail-port', 'yangon-port'));
    const land = options.find((o) => o.family === 'lsc-land');
    expect(land?.legs.map((l) => [l.lineId, l.mode])).toEqual([['LSC-X3', 'rail'], ['LSC-X3', 'road']]);
    const railSea = options.find((o) => o.family === 'lsc-rail-sea');
    expect(railSea?.vertexIds).toEqual(expect.arrayContaining(['qinzhou-port-beibu-gulf-port', 'singapore']));
    expect(railSea?.legs[0]).toMatchObject({ mode: 'rail', toName: 'Qinzhou Port (Beibu Gulf Port)' });
  });

  test('Yiwu to Madrid by the Yixinou line, changing gauge again at the Spanish border', () => {
    const [first] = optionsOf(findRouteOptions(graph, 'yiwu', 'madrid-abronigal'));
    expect(first?.legs.map((l) => l.lineId)).toEqual(['CRE-W3']);
    expect(first?.borderCrossings.at(-1)?.note).toMatch(/Iberian gauge/);
  });

  test('Shanghai to Singapore by sea from Shanghai Port', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:shanghai', 'singapore'));
    expect(options.map((o) => [o.family, o.legs.map((l) => l.lineId)])).toEqual([['sea', ['SRM-L3']]]);
  });

  test('a pilot city too far from any corridor stop is unreachable with the distance', () => {
    const result = findRouteOptions(graph, 'city:dalian', 'duisburg');
    expect(result.status === 'unreachable' && result.reason).toMatch(/^Dalian is \d+ km from the nearest corridor stop/);
  });

  test('a pair no line connects is unreachable', () => {
    expect(findRouteOptions(graph, 'city:kunming', 'singapore').status).toBe('unreachable');
  });

  test('every option’s distance is the sum of its legs’ geodesic lengths', () => {
    for (const [from, to] of pairs) {
      for (const option of optionsOf(findRouteOptions(graph, from, to))) {
        const sum = option.legs.reduce((km, leg) => km + geodesicKm(leg.path), 0);
        expect(Math.abs(option.distanceKm - sum), `${from} → ${to} ${option.id}`).toBeLessThan(1);
      }
    }
  });

  test('no two options of a pair follow the same path, and each path ends at the destination', () => {
    for (const [from, to] of pairs) {
      const options = optionsOf(findRouteOptions(graph, from, to));
      expect(new Set(options.map((o) => o.vertexIds.join('>'))).size).toBe(options.length);
      for (const o of options) expect(o.path.at(-1)).toEqual(graph.getNodeAttribute(to, 'lngLat'));
    }
  });
});
