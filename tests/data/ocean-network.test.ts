import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { landAwayFromPorts } from '../../scripts/data-build/at-sea';
import { pathLengthKm } from '../../scripts/sea-lanes/geo';
import { contractedGraph, shortestKm } from '../../scripts/sea-lanes/ocean';
import type { LngLat, PublishedDistance } from '../../src/data/schema';
import { DATA_DIR } from './fixture-dir';

const result = buildAtlas(DATA_DIR);
if (!result.ok) throw new Error(result.errors.join('\n'));
const { atlas } = result;
// The build always writes the routing data (the schema keeps it optional for older pinned versions).
const ocean = atlas.ocean!;
const publishedDistances = atlas.publishedDistances!;
const inlandLinks = atlas.inlandLinks!;
const graph = contractedGraph(ocean.edges);
const nodeOf = new Map(ocean.nodes.filter((n) => n.portId).map((n) => [n.portId!, n.id]));
const seaKm = (from: string, to: string) => shortestKm(graph, nodeOf.get(from) ?? from, nodeOf.get(to) ?? to);
const publishedKm = (d: PublishedDistance) => (d.unit === 'nm' ? d.value * 1.852 : d.value);
/** Routes the shortest path over the sea lanes follows; the Cape and the Arctic are other ways round. */
const ROUTED = new Set(['suez', 'direct']);
const sea = publishedDistances.filter((d) => d.mode === 'sea');

describe('the ocean network against published distances', () => {
  test('there are published sea distances to compare with', () => {
    expect(sea.filter((d) => ROUTED.has(d.route)).length).toBeGreaterThanOrEqual(3);
  });

  test.each(sea.filter((d) => ROUTED.has(d.route)).map((d) => [d.id, d] as const))(
    '%s: the shortest sea path is within 5 % of the published figure', (_, d) => {
      const km = seaKm(d.fromPortId, d.toPortId);
      expect(km).not.toBeNull();
      expect(Math.abs(km! / publishedKm(d) - 1)).toBeLessThanOrEqual(0.05);
    });

  test.each(sea.filter((d) => d.route === 'cape').map((d) => [d.id, d] as const))(
    '%s: around the Cape is longer than the routed shortest path', (_, d) => {
      expect(publishedKm(d)).toBeGreaterThan(seaKm(d.fromPortId, d.toPortId)!);
    });
});

describe('the ocean network itself', () => {
  const seaports = atlas.ports.filter((p) => p.kind === 'seaport');
  const chinese = seaports.filter((p) => p.countryIso2 === 'CN');
  const foreign = seaports.filter((p) => p.countryIso2 !== 'CN');

  test('connects every Chinese seaport to every foreign seaport', () => {
    expect(chinese.length).toBeGreaterThan(0);
    expect(foreign.length).toBeGreaterThanOrEqual(24);
    const unconnected = chinese.flatMap((a) => foreign.filter((b) => seaKm(a.id, b.id) === null).map((b) => `${a.id}→${b.id}`));
    expect(unconnected).toEqual([]);
  });

  test('every edge stays at sea', () => {
    const onLand = ocean.edges.filter((e) => landAwayFromPorts(e.path as LngLat[]).length > 0).map((e) => e.id);
    expect(onLand).toEqual([]);
  });

  test('a drawn path is a simplification: never longer than the edge length (but for rounding)', () => {
    for (const e of ocean.edges) expect(pathLengthKm(e.path as LngLat[])).toBeLessThanOrEqual(e.lengthKm + 0.5);
  });

  test('inland links have a drawn length and sourced numbers or none', () => {
    expect(inlandLinks.map((l) => l.id)).toEqual(expect.arrayContaining(['yangtze-chongqing-shanghai']));
    for (const l of inlandLinks) expect(l.drawnKm).toBeGreaterThan(0);
  });
});
