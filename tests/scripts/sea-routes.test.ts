import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { distanceKm, greatCircle, pathLengthKm, type LngLat } from '../../scripts/sea-lanes/geo';
import { buildSeaGraph, nearestVertex, routeLeg } from '../../scripts/sea-lanes/network';
import { findSeaRuns, parseCorridorNodes, seaLegs } from '../../scripts/sea-lanes/legs';
import { formatSeaLegCollection, seaLegCollection, seaLegFeature } from '../../scripts/sea-lanes/output';

const network = (...lines: LngLat[][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: lines.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } })),
});

// A "U" of sea lanes around a block of land between x = 0.5 and x = 1.5: no direct 0 → 2 link.
const uShaped = network(
  [[0, 0], [0, 1], [0, 2]],
  [[0, 2], [1, 2], [2, 2]],
  [[2, 2], [2, 1], [2, 0]],
);

describe('sea-lane graph', () => {
  it('joins LineStrings at shared vertices and weights edges by geodesic length', () => {
    const graph = buildSeaGraph(uShaped);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(6);
    const edge = graph.edge('0.000000,0.000000', '0.000000,1.000000');
    expect(edge).toBeDefined();
    expect(graph.getEdgeAttribute(edge!, 'weight')).toBeCloseTo(111.2, 1);
  });

  it('snaps a point to the nearest network vertex', () => {
    const graph = buildSeaGraph(uShaped);
    const snap = nearestVertex(graph, [0.2, 1.9]);
    expect(snap?.point).toEqual([0, 2]);
    expect(snap?.distanceKm).toBeCloseTo(distanceKm([0.2, 1.9], [0, 2]), 6);
  });

  it('bridges a dead end lying a few metres from an unconnected vertex', () => {
    const gappy = network([[0, 0], [1, 0]], [[1.0005, 0.0003], [2, 0]]);
    expect(routeLeg(buildSeaGraph(gappy), [0, 0], [2, 0]).method).toBe('marnet');
    expect(routeLeg(buildSeaGraph(gappy, 0), [0, 0], [2, 0]).method).toBe('great-circle');
  });
});

describe('routeLeg', () => {
  it('goes around when the lanes do, so the path is longer than the straight line', () => {
    const from: LngLat = [0.05, -0.05];
    const to: LngLat = [1.95, -0.05];
    const leg = routeLeg(buildSeaGraph(uShaped), from, to);
    expect(leg.method).toBe('marnet');
    expect(leg.coordinates).toEqual([from, [0, 0], [0, 1], [0, 2], [1, 2], [2, 2], [2, 1], [2, 0], to]);
    expect(leg.lengthKm).toBeCloseTo(pathLengthKm(leg.coordinates), 9);
    expect(leg.lengthKm).toBeGreaterThan(2.5 * distanceKm(from, to));
  });

  it('falls back to a densified great circle when an endpoint is far from the network', () => {
    const from: LngLat = [0, 0];
    const to: LngLat = [10, 5]; // ~800 km from the nearest vertex
    const leg = routeLeg(buildSeaGraph(uShaped), from, to);
    expect(leg.method).toBe('great-circle');
    expect(leg.coordinates[0]).toEqual(from);
    expect(leg.coordinates[leg.coordinates.length - 1]).toEqual(to);
    const spacing = leg.coordinates.slice(1).map((p, i) => distanceKm(leg.coordinates[i]!, p));
    expect(Math.max(...spacing)).toBeLessThanOrEqual(50.1);
    expect(leg.lengthKm).toBeCloseTo(distanceKm(from, to), 0);
  });

  it('falls back to a great circle when the two snapped vertices are not connected', () => {
    const islands = network([[0, 0], [0, 1]], [[1, 0], [1, 1]]);
    expect(routeLeg(buildSeaGraph(islands, 0), [0, 0], [1, 0]).method).toBe('great-circle');
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const pacific = network([[178, 0], [180, 0]], [[-180, 0], [-178, 0]]);
    const leg = routeLeg(buildSeaGraph(pacific), [177.9, 0], [-177.9, 0]);
    expect(leg.method).toBe('marnet');
    expect(leg.coordinates.map(([lng]) => lng)).toEqual([177.9, 178, 180, 182, 182.1]);
    expect(leg.lengthKm).toBeLessThan(600);
  });

  it('rounds to 4 decimals and drops repeated vertices', () => {
    const leg = routeLeg(buildSeaGraph(uShaped), [0.000001, 0.123456789], [0, 2]);
    expect(leg.coordinates).toEqual([[0, 0.1235], [0, 0], [0, 1], [0, 2]]);
  });
});

describe('sea runs', () => {
  const csv = [
    'line_id,seq,name_en,name_zh,role,lng,lat,country_iso2,leg_mode,coord_source,note',
    'L-B,1,B1,乙1,origin_hub,10,0,,sea,approx,',
    'L-B,2,B2,乙2,destination,11,0,,,approx,',
    'L-A,3,A3,甲3,seaport,3,0,,sea,approx,',
    'L-A,1,A1,甲1,origin_hub,1,0,,rail,approx,',
    'L-A,2,A2,甲2,seaport,2,0,,sea,approx,',
    'L-A,4,A4,甲4,seaport,4,0,,rail,approx,',
    'L-A,5,A5,甲5,seaport,5,0,,sea,approx,',
    'L-A,6,A6,甲6,destination,6,0,,,approx,',
  ].join('\n');

  it('finds maximal runs of sea legs, ending at the first non-sea node', () => {
    const runs = findSeaRuns(parseCorridorNodes(csv));
    expect(runs.map((run) => run.map((n) => `${n.lineId}:${n.seq}`))).toEqual([
      ['L-A:2', 'L-A:3', 'L-A:4'],
      ['L-A:5', 'L-A:6'],
      ['L-B:1', 'L-B:2'],
    ]);
  });

  it('lists every consecutive pair of a run as a leg', () => {
    const legs = seaLegs(parseCorridorNodes(csv)).map((l) => `${l.lineId} ${l.from.seq}-${l.to.seq}`);
    expect(legs).toEqual(['L-A 2-3', 'L-A 3-4', 'L-A 5-6', 'L-B 1-2']);
  });

  it('reports bad rows with file and row number', () => {
    const bad = 'line_id,seq,name_en,lng,lat,leg_mode\nL-A,x,A,200,0,sea\n';
    expect(() => parseCorridorNodes(bad, 'nodes.csv')).toThrow(/nodes\.csv:2 seq[\s\S]*nodes\.csv:2 lng/);
  });
});

describe('output', () => {
  it('sorts by line then from_seq and formats the same input to the same text', () => {
    const path: LngLat[] = greatCircle([0, 0], [1, 0]);
    const features = [
      seaLegFeature('SRM-L2', 3, 4, 'marnet', path, 111.23),
      seaLegFeature('SRM-L1', 10, 11, 'marnet', path, 1),
      seaLegFeature('SRM-L1', 2, 3, 'great-circle', path, 2),
    ];
    const text = formatSeaLegCollection(seaLegCollection(features));
    expect(text).toBe(formatSeaLegCollection(seaLegCollection([...features].reverse())));
    const parsed = JSON.parse(text) as ReturnType<typeof seaLegCollection>;
    expect(parsed.features.map((f) => `${f.properties.line_id}:${f.properties.from_seq}`)).toEqual([
      'SRM-L1:2',
      'SRM-L1:10',
      'SRM-L2:3',
    ]);
    expect(parsed.features[2]!.properties.length_km).toBe(111.2);
    expect(parsed.attribution).toMatch(/genthalili\/searoute-py.*eurostat\/searoute/);
  });
});
