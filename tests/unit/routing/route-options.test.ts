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
  const atlas = loadBuiltAtlas();
  const graph = buildCorridorGraph(atlas);
  const pairs: [string, string][] = [
    ['city:chongqing', 'duisburg'], ['yiwu', 'madrid-abronigal'], ['city:shanghai', 'singapore'], ['city:kunming', 'vientiane'],
    ['city:nanning', 'hanoi-yen-vien'], ['chengdu-qingbaijiang-intl-rail-port', 'yangon-port'], ['city:guangzhou', 'barcelona'],
    ['city:chongqing', 'port:rotterdam'], ['city:ningbo', 'port:gdansk'], ['city:xiamen', 'jebel-ali-dubai'],
  ];
  const sourced = (metric: string) => atlas.stats.find((s) => s.metric === metric)!.value;

  test('Chongqing to Duisburg: rail through each exit, Yangtze and sea via Shanghai, Land–Sea rail and sea via Qinzhou', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:chongqing', 'duisburg', 2025));
    expect(options.map((o) => o.id)).toEqual(expect.arrayContaining(['cre-rail-via-alashankou', 'cre-rail-via-erenhot', 'river-sea', 'lsc-rail-sea']));
    const rail = options.find((o) => o.id === 'cre-rail-via-alashankou');
    expect(rail?.legs.map((l) => [l.lineId, l.mode])).toEqual([['CRE-W1', 'rail']]);
    expect(rail?.borderCrossings.find((b) => b.nameEn === 'Alashankou')?.note).toMatch(/^Gauge change/);
    const river = options.find((o) => o.id === 'river-sea');
    expect(river?.legs.map((l) => [l.kind, l.mode])).toEqual([['access', 'road'], ['inland', 'river'], ['ocean', 'sea'], ['inland', 'rail']]);
    expect(river?.legs[2]).toMatchObject({ fromName: 'Waigaoqiao Port Area', toName: 'Rotterdam', passages: ['malacca', 'babalmandab', 'suez', 'gibraltar'] });
    const landSea = options.find((o) => o.id === 'lsc-rail-sea');
    expect(landSea?.legs.map((l) => [l.lineId ?? l.kind, l.mode])).toEqual([['LSC-M1', 'rail'], ['ocean', 'sea'], ['inland', 'rail']]);
    expect(landSea?.legs[0]?.toName).toBe('Qinzhou Port (Beibu Gulf Port)');
    expect(landSea?.modeChanges).toBe(2);
  });

  test('rail options are within 10 % of the sourced route lengths (S-T06, S-T09, S-X01)', () => {
    const km = (from: string, to: string, id: string) => optionsOf(findRouteOptions(graph, from, to, 2025)).find((o) => o.id === id)!.distanceKm;
    for (const [from, to, id, metric] of [
      ['city:chongqing', 'duisburg', 'cre-rail-via-alashankou', 'route_length_km_chongqing_duisburg'],
      ['yiwu', 'madrid-abronigal', 'cre-rail-via-alashankou', 'route_length_km_yiwu_madrid'],
      ['city:kunming', 'vientiane', 'lsc-land-via-mohan', 'route_length_km_kunming_vientiane'],
    ] as const) {
      const ratio = km(from, to, id) / sourced(metric);
      expect(ratio, `${from} → ${to}`).toBeGreaterThan(0.9);
      expect(ratio, `${from} → ${to}`).toBeLessThan(1.1);
    }
  });

  test('ocean shipping is offered from a coastal pilot city to the European gateways, honestly labelled', () => {
    for (const to of ['port:rotterdam', 'hamburg', 'port:antwerp', 'port:gdansk', 'piraeus', 'barcelona']) {
      const options = optionsOf(findRouteOptions(graph, 'city:ningbo', to, 2025));
      expect(options.some((o) => o.family === 'ocean' && o.legs.some((l) => l.kind === 'ocean' && l.corridorId === null)), to).toBe(true);
    }
  });

  test('a 2015 view offers no option through a line that opened later, and says from which year it is possible', () => {
    const result = findRouteOptions(graph, 'city:kunming', 'vientiane', 2015);
    expect(result.status).toBe('unreachable');
    expect(result.later).toEqual([expect.objectContaining({
      family: 'lsc-land', fromYear: 2021, services: [expect.objectContaining({ id: 'LSC-X2', en: 'China–Laos Railway: Kunming–Vientiane', startYear: 2021 })],
    })]);
    for (const [from, to] of pairs) {
      const r = findRouteOptions(graph, from, to, 2015);
      for (const o of r.status === 'found' ? r.options : []) {
        for (const leg of o.legs) expect(leg.fromYear ?? 0, `${from} → ${to} ${o.id} ${leg.lineId}`).toBeLessThanOrEqual(2015);
      }
    }
  });

  test('Nanning to Hanoi runs on the China–Vietnam line through Pingxiang', () => {
    const option = optionsOf(findRouteOptions(graph, 'city:nanning', 'hanoi-yen-vien', 2025)).find((o) => o.family === 'lsc-land');
    expect(option?.legs.map((l) => l.lineId)).toEqual(['LSC-X1']);
    expect(option?.borderCrossings[0]?.nameEn).toBe('Pingxiang');
  });

  test('Chengdu to Yangon by the Myanmar passage (rail, then road) and by rail and sea via Qinzhou and Singapore', () => {
    const options = optionsOf(findRouteOptions(graph, 'chengdu-qingbaijiang-intl-rail-port', 'yangon-port', 2025));
    const land = options.find((o) => o.family === 'lsc-land');
    expect(land?.legs.map((l) => [l.lineId, l.mode])).toEqual([['LSC-X3', 'rail'], ['LSC-X3', 'road']]);
    const railSea = options.find((o) => o.family === 'lsc-rail-sea');
    expect(railSea?.legs[0]).toMatchObject({ mode: 'rail', toName: 'Qinzhou Port (Beibu Gulf Port)' });
  });

  test('Shanghai to Singapore by the Silk Road Maritime service and by ocean shipping', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:shanghai', 'singapore', 2025));
    expect(options.map((o) => o.family).sort()).toEqual(['ocean', 'srm-sea']);
    expect(options.find((o) => o.family === 'srm-sea')?.legs.map((l) => l.lineId)).toEqual(['SRM-L3']);
  });

  test('a city off the corridor lines ships from its own port', () => {
    const options = optionsOf(findRouteOptions(graph, 'city:dalian', 'duisburg', 2025));
    expect(options[0]?.legs.map((l) => [l.kind, l.toName])).toEqual([['access', 'Dalian Port, Dayaowan'], ['ocean', 'Rotterdam'], ['inland', 'Duisburg']]);
  });

  test('a pair no line connects is unreachable', () => {
    expect(findRouteOptions(graph, 'city:kunming', 'singapore', 2025).status).toBe('unreachable');
  });

  test('every option’s distance is the sum of its legs, and each leg is drawn with its geodesic length', () => {
    for (const [from, to] of pairs) {
      for (const option of optionsOf(findRouteOptions(graph, from, to, 2025))) {
        expect(Math.abs(option.distanceKm - option.legs.reduce((km, l) => km + l.lengthKm, 0)), `${from} → ${to} ${option.id}`).toBeLessThan(1);
        // Ocean legs are drawn simplified (about 3 km); their length is that of the full sea lane.
        for (const leg of option.legs) expect(Math.abs(leg.drawnKm - geodesicKm(leg.path)), `${option.id} ${leg.fromName}`).toBeLessThan(leg.kind === 'ocean' ? leg.drawnKm * 0.005 : 1);
      }
    }
  });

  test('no two options of a pair follow the same path, and each path ends at the destination', () => {
    for (const [from, to] of pairs) {
      const options = optionsOf(findRouteOptions(graph, from, to, 2025));
      expect(new Set(options.map((o) => o.vertexIds.join('>'))).size).toBe(options.length);
      for (const o of options) expect(o.path.at(-1)).toEqual(graph.getNodeAttribute(to, 'lngLat'));
    }
  });
});
