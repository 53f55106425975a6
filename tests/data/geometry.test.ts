import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { geoBounds, geoContains, geoDistance, geoInterpolate, geoLength } from 'd3';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Atlas, LngLat } from '../../src/data/schema';

const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;
const EARTH_RADIUS_KM = 6371.0088;
const STEP_KM = 20;
/** Ports sit on the coast: samples this close to a leg's ends may touch land. */
const PORT_APPROACH_KM = 30;

const km = (a: LngLat, b: LngLat) => geoDistance(a, b) * EARTH_RADIUS_KM;
const lengthKm = (path: LngLat[]) => geoLength({ type: 'LineString', coordinates: path }) * EARTH_RADIUS_KM;

/** Points every `step` km along great-circle segments, both ends included. */
function sampleAlong(path: LngLat[], step: number): LngLat[] {
  const out: LngLat[] = [path[0]!];
  let carried = 0;
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    const length = km(a, b);
    const at = geoInterpolate(a, b);
    let next = step - carried;
    for (; next <= length; next += step) out.push(at(next / length));
    carried = length - (next - step);
  }
  out.push(path[path.length - 1]!);
  return out;
}

// Natural Earth 1:50m countries; each with its bounding box so most points skip the polygon test.
const topologyPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const topology = JSON.parse(readFileSync(topologyPath, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const land = (feature(topology, topology.objects.countries) as FeatureCollection).features.map((f: Feature<Geometry>) => ({
  name: String(f.properties?.name ?? f.id), feature: f, bounds: geoBounds(f),
}));
const countryAt = ([lng, lat]: LngLat) =>
  land.find(({ bounds: [[w, s], [e, n]], feature: f }) =>
    lat >= s && lat <= n && (w <= e ? lng >= w && lng <= e : lng >= w || lng <= e) && geoContains(f, [lng, lat]))?.name ?? null;

/** The canal is drawn through Egypt on purpose. */
const inSuezCanal = ([lng, lat]: LngLat) => lng >= 32.2 && lng <= 32.7 && lat >= 29.9 && lat <= 31.3;

describe('sea legs stay at sea', () => {
  const seaLegs = atlas.lines.flatMap((line) => line.legs.filter((leg) => leg.mode === 'sea').map((leg) => ({ line, leg })));
  const samples = seaLegs.flatMap(({ line, leg }) => {
    const [first, last] = [leg.path[0]!, leg.path[leg.path.length - 1]!];
    return sampleAlong(leg.path, STEP_KM).map((point) => ({
      where: `${line.id} leg ${leg.fromSeq}→${leg.fromSeq + 1}`, point, nearPort: Math.min(km(point, first), km(point, last)) <= PORT_APPROACH_KM,
    }));
  });

  test('the land check knows land from sea', () => {
    expect(countryAt([116.4, 39.9])).toBe('China');
    expect(countryAt([32.4, 30.5])).toBe('Egypt'); // hence the canal allowance
    expect(countryAt([125, 25])).toBeNull(); // East China Sea
  });
  test('sampled densely enough to mean something', () => {
    expect(seaLegs.length).toBeGreaterThan(100);
    expect(samples.length).toBeGreaterThan(2000);
  });
  test('no sample away from a port approach or the Suez Canal falls on land', () => {
    const onLand = samples
      .filter((s) => !s.nearPort && !inSuezCanal(s.point))
      .flatMap((s) => {
        const country = countryAt(s.point);
        return country ? [`${s.where}: ${s.point.map((v) => v.toFixed(3)).join(',')} in ${country}`] : [];
      });
    expect(onLand).toEqual([]);
  });
});

describe('legs join the nodes of their line', () => {
  test.each(atlas.lines.map((l) => [l.id, l] as const))('%s: every leg runs from node fromSeq to the next, in order', (_, line) => {
    const at = new Map(line.nodes.map((n) => [n.seq, n]));
    const fromSeqs = line.legs.map((leg) => leg.fromSeq);
    expect(fromSeqs.every((s, i) => i === 0 || s > fromSeqs[i - 1]!)).toBe(true);
    for (const leg of line.legs) {
      expect(leg.path[0]).toEqual(at.get(leg.fromSeq)?.lngLat);
      expect(leg.path[leg.path.length - 1]).toEqual(at.get(leg.fromSeq + 1)?.lngLat);
      expect(leg.mode).toBe(at.get(leg.fromSeq)?.legMode);
    }
  });
  test('every line has at least two nodes', () => {
    expect(atlas.lines.filter((l) => l.nodes.length < 2).map((l) => l.id)).toEqual([]);
  });
});

describe('line lengths', () => {
  test.each(atlas.lines.map((l) => [l.id, l] as const))('%s: lengthKm is the geodesic length of its legs within 1 %%', (_, line) => {
    const drawn = line.legs.reduce((sum, leg) => sum + lengthKm(leg.path), 0);
    expect(line.lengthKm).toBeGreaterThan(0);
    expect(Math.abs(line.lengthKm - drawn) / drawn).toBeLessThan(0.01);
  });

  test('CRE-W1 is of the order of the sourced Chongqing–Duisburg route length', () => {
    const sourced = atlas.stats.find((s) => s.metric === 'route_length_km_chongqing_duisburg')!.value;
    const w1 = atlas.lines.find((l) => l.id === 'CRE-W1')!;
    expect(sourced).toBe(11179);
    expect([w1.nodes[0]!.nameEn, w1.nodes.at(-1)!.nameEn]).toEqual([expect.stringMatching(/^Chongqing/), 'Duisburg']);
    // The drawn line joins main-line towns with great-circle chords, so it cuts every curve of the track and
    // comes out shorter (about 82 %); far below 75 % would mean a missing stretch, above 110 % a detour.
    const ratio = w1.lengthKm / sourced;
    expect(ratio).toBeGreaterThanOrEqual(0.75);
    expect(ratio).toBeLessThanOrEqual(1.1);
  });
});
