import { describe, expect, test } from 'vitest';
import { geoLength } from 'd3';
import {
  ACCESS_MAX_KM, buildCorridorGraph, isSamePlace, placeVertexId, routeDestinations, routeOrigins, vertexOfNode,
} from '../../../src/routing/corridor-graph';
import type { LngLat } from '../../../src/data/schema';
import { loadBuiltAtlas, makeCorridorAtlas, makeCorridorLine } from '../../fixtures/corridor-atlas';

const point = (nameEn: string, lngLat: LngLat, nameZh = `${nameEn}中`) => ({ nameEn, nameZh, lngLat });
const geodesicKm = (path: LngLat[]) => geoLength({ type: 'LineString', coordinates: path }) * 6371.0088;

describe('the same-place rule', () => {
  test('a qualifier in brackets does not keep two nearby nodes apart', () => {
    expect(isSamePlace(point('Chongqing (Tuanjiecun hub)', [106.55, 29.56]), point('Chongqing', [106.6, 29.6]))).toBe(true);
  });
  test('a name that is another plus further words is the same place nearby', () => {
    expect(isSamePlace(point('Qingdao Port', [120.385, 36.065]), point('Qingdao', [120.383, 36.067]))).toBe(true);
  });
  test('equal Chinese names match when the English differs', () => {
    expect(isSamePlace(point('Yangon Port', [96.17, 16.77], '仰光港'), point('Yangon (port)', [96.17, 16.77], '仰光港'))).toBe(true);
  });
  test('the same name more than 25 km away is another place', () => {
    expect(isSamePlace(point('South China Sea', [104.48, 1.34]), point('South China Sea', [104.9, 1.34]))).toBe(false);
  });
  test('a border pair a few km apart stays two places', () => {
    expect(isSamePlace(point('Mohan', [101.7, 21.19]), point('Boten', [101.67, 21.18]))).toBe(false);
  });
  test('places in two different countries are never one, whatever their names', () => {
    const [cn, kz] = [{ ...point('Khorgos', [80.42, 44.21]), countryIso2: 'CN' }, { ...point('Khorgos (KZ)', [80.33, 44.18]), countryIso2: 'KZ' }];
    expect(isSamePlace(cn, kz)).toBe(false);
  });
});

describe('corridor graph of a synthetic atlas', () => {
  const atlas = makeCorridorAtlas();
  const graph = buildCorridorGraph(atlas);

  test('nodes that are the same place on different lines become one vertex', () => {
    const alpha = vertexOfNode(graph, 'CRE-W1', 1);
    expect(alpha).toBe('alpha'); // named after the first line by id, CRE-C1
    for (const [lineId, seq] of [['CRE-C1', 2], ['LSC-M1', 1], ['LSC-X1', 1]] as const) expect(vertexOfNode(graph, lineId, seq)).toBe(alpha);
  });

  test('vertex ids do not depend on the order of the lines in the file', () => {
    const reversed = buildCorridorGraph(makeCorridorAtlas({ lines: [...atlas.lines].reverse() }));
    expect(reversed.nodes().sort()).toEqual(graph.nodes().sort());
  });

  test('each leg is an edge carrying its line, seqs, mode, path and geodesic length', () => {
    const edge = graph.getEdgeAttributes('LSC-X1#2');
    expect(edge).toMatchObject({ kind: 'leg', lineId: 'LSC-X1', corridorId: 'lsc', fromSeq: 2, toSeq: 3, mode: 'road' });
    expect(edge.path).toEqual([[101, 22], [101, 18]]);
    expect(edge.lengthKm).toBeCloseTo(geodesicKm(edge.path), 6);
  });

  test('lines sharing a stretch keep one edge each', () => {
    const shared = buildCorridorGraph(makeCorridorAtlas({
      lines: [
        makeCorridorLine('CRE-W1', 'cre', [{ name: 'A', at: [100, 30] }, { name: 'B', at: [95, 32] }]),
        makeCorridorLine('CRE-W2', 'cre', [{ name: 'A', at: [100, 30] }, { name: 'B', at: [95, 32] }]),
      ],
    }));
    expect(shared.edges('a', 'b').sort()).toEqual(['CRE-W1#1', 'CRE-W2#1']);
  });

  test('a city within reach gets a straight road access leg to the nearest stop', () => {
    const access = graph.getEdgeAttributes('access:city:coastal>coast-port');
    expect(access).toMatchObject({ kind: 'access', mode: 'road', samePlace: false, path: [[121, 30.5], [120, 30]] });
    expect(access.lengthKm).toBeLessThan(ACCESS_MAX_KM);
  });

  test('a city that is a corridor stop is linked to it as the same place', () => {
    expect(graph.getEdgeAttributes(`access:${placeVertexId('city', 'alpha')}>alpha`)).toMatchObject({ kind: 'access', samePlace: true });
  });

  test('a city farther than the access limit is not connected and says how far it is', () => {
    const remote = routeOrigins(graph).find((o) => o.id === 'city:remote');
    expect(remote?.access).toMatchObject({ status: 'too-far' });
    expect(remote?.access.status === 'too-far' && remote.access.nearestKm).toBeGreaterThan(ACCESS_MAX_KM);
    expect(remote?.access.status === 'too-far' && remote.access.nearestEn).toBeTruthy();
    expect(graph.degree('city:remote')).toBe(0);
  });

  test('access legs never lead to a sea-lane waypoint', () => {
    const seaside = routeOrigins(graph).find((o) => o.id === 'city:seaside');
    expect(seaside?.access.status).toBe('too-far');
    expect(seaside?.access.status === 'too-far' && seaside.access.nearestVertexId).not.toBe('open-sea-sea-lane-waypoint');
  });

  test('destinations are line ends, seaports and hubs abroad, with kebab-case ids', () => {
    expect(routeDestinations(atlas).map((d) => d.id)).toEqual(['bay-port', 'delta', 'far-port', 'isle-bay', 'lion', 'omega']);
  });
});

describe('corridor graph of the built atlas', () => {
  const atlas = loadBuiltAtlas();
  const graph = buildCorridorGraph(atlas);

  test('every line node is a vertex close to the node', () => {
    for (const line of atlas.lines) {
      for (const node of line.nodes) {
        const id = vertexOfNode(graph, line.id, node.seq);
        expect(id, `${line.id} #${node.seq}`).toBeDefined();
        expect(isSamePlace(graph.getNodeAttributes(id!), node), `${line.id} #${node.seq}`).toBe(true);
      }
    }
  });

  test('consecutive nodes are joined by an edge of their line in the mode the data gives', () => {
    for (const line of atlas.lines) {
      for (const node of line.nodes.slice(0, -1)) {
        const edge = graph.getEdgeAttributes(`${line.id}#${node.seq}`);
        expect(edge.mode, `${line.id} #${node.seq}`).toBe(node.legMode);
        expect(graph.extremities(`${line.id}#${node.seq}`).sort()).toEqual(
          [vertexOfNode(graph, line.id, node.seq), vertexOfNode(graph, line.id, node.seq + 1)].sort(),
        );
      }
    }
  });

  test('shared hubs are merged across lines', () => {
    const sameVertex = (pairs: [string, string][]) => new Set(pairs.map(([line, name]) => {
      const seq = atlas.lines.find((l) => l.id === line)!.nodes.find((n) => n.nameEn === name)!.seq;
      return vertexOfNode(graph, line, seq);
    }));
    expect(sameVertex([['CRE-W1', 'Chongqing (Tuanjiecun hub)'], ['LSC-M1', 'Chongqing (Tuanjiecun hub)'], ['LSC-M2', 'Chongqing (Tuanjiecun hub)']]).size).toBe(1);
    expect(sameVertex([['LSC-S1', 'Singapore'], ['LSC-S3', 'Singapore'], ['SRM-L1', 'Singapore'], ['SRM-L2', 'Singapore'], ['SRM-L3', 'Singapore']]).size).toBe(1);
    expect(sameVertex([['CRE-W1', "Xi'an"], ['CRE-W3', "Xi'an"], ['CRE-W4', "Xi'an"], ['CRE-W5', "Xi'an"]]).size).toBe(1);
    expect(sameVertex([['LSC-S3', 'Yangon (port)'], ['LSC-X3', 'Yangon (port)']]).size).toBe(1);
  });

  test('the two sides of a border crossing stay apart', () => {
    for (const [a, b] of [['alashankou', 'dostyk'], ['mohan', 'boten'], ['pingxiang', 'dong-dang'], ['brest', 'malaszewicze']]) {
      expect(graph.hasNode(a) && graph.hasNode(b) && a !== b).toBe(true);
    }
  });

  test('holds one edge per leg, the access edges, a local edge from each city to its own ports, and the ocean and inland links', () => {
    const legCount = atlas.lines.reduce((n, l) => n + l.legs.length, 0);
    expect(graph.filterEdges((_, e) => e.kind === 'leg')).toHaveLength(legCount);
    const accessCount = routeOrigins(graph).reduce((n, o) => n + (o.access.status === 'connected' ? o.access.vertexIds.length : 0), 0);
    const ownPorts = atlas.ports.filter((p) => p.cityId !== null).length;
    expect(graph.filterEdges((_, e) => e.kind === 'access')).toHaveLength(accessCount + ownPorts);
    const extras = graph.filterEdges((_, e) => e.kind === 'ocean' || e.kind === 'inland').length;
    expect(graph.size).toBe(legCount + accessCount + ownPorts + extras);
  });

  test('every pilot city and port is an origin, connected or told why not', () => {
    const origins = routeOrigins(graph);
    expect(origins).toHaveLength(atlas.cities.length + atlas.ports.length);
    expect(origins.find((o) => o.id === 'city:dalian')?.access.status).toBe('too-far');
    expect(origins.find((o) => o.id === 'city:shanghai')?.access).toEqual({ status: 'connected', vertexIds: ['suzhou', 'shanghai-port'] });
    expect(graph.hasEdge('access:city:shanghai>port:shanghai-yangshan')).toBe(true);
  });

  test('the destinations include the named corridor endpoints', () => {
    const ids = routeDestinations(atlas).map((d) => d.id);
    for (const id of ['duisburg', 'hamburg', 'lodz', 'madrid-abronigal', 'moscow', 'malaszewicze', 'warsaw', 'singapore', 'hanoi-yen-vien',
      'vientiane', 'yangon-port', 'jebel-ali-dubai', 'piraeus', 'barcelona', 'constanta-port']) expect(ids).toContain(id);
    expect(ids).not.toContain('lanzhou');
  });

  test('a destination carries both names and its position', () => {
    expect(routeDestinations(atlas).find((d) => d.id === 'lodz')).toMatchObject({ nameEn: 'Łódź', nameZh: '罗兹', lngLat: [19.4667, 51.75] });
  });
});
