// Spherical helpers for sea-leg geometry (WGS-84 [lng, lat] in degrees, spherical Earth).
import { geoDistance, geoInterpolate } from 'd3';

export type LngLat = [number, number];

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(a: LngLat, b: LngLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

export function pathLengthKm(path: readonly LngLat[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += distanceKm(path[i - 1]!, path[i]!);
  return total;
}

/** Longitude wrapped into [-180, 180). */
export function normalizeLng(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * Shifts longitudes by multiples of 360° so that no step jumps more than 180°:
 * a path crossing the antimeridian stays continuous instead of spanning the globe.
 */
export function unwrapLongitudes(path: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  for (const [lng, lat] of path) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push([lng, lat]);
      continue;
    }
    const shifted = lng + 360 * Math.round((prev[0] - lng) / 360);
    out.push([shifted, lat]);
  }
  return out;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0"
}

export function roundCoord([lng, lat]: LngLat, decimals = 4): LngLat {
  return [roundTo(lng, decimals), roundTo(lat, decimals)];
}

export function dropConsecutiveDuplicates(path: readonly LngLat[]): LngLat[] {
  return path.filter((p, i) => {
    const prev = path[i - 1];
    return !prev || prev[0] !== p[0] || prev[1] !== p[1];
  });
}

/** Great-circle arc from a to b with a vertex at least every `stepKm` (both ends included). */
export function greatCircle(a: LngLat, b: LngLat, stepKm = 50): LngLat[] {
  const steps = Math.max(1, Math.ceil(distanceKm(a, b) / stepKm));
  const at = geoInterpolate(a, b);
  const out: LngLat[] = [a];
  for (let i = 1; i < steps; i++) out.push(at(i / steps));
  out.push(b);
  return out;
}

/** Points every `stepKm` along a path, measured along great circles (first and last vertex included). */
export function sampleAlong(path: readonly LngLat[], stepKm: number): LngLat[] {
  const first = path[0];
  if (!first) return [];
  const out: LngLat[] = [first];
  let carried = 0; // distance travelled since the last sample
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const length = distanceKm(a, b);
    const at = geoInterpolate(a, b);
    let next = stepKm - carried;
    while (next <= length) {
      out.push(at(next / length));
      next += stepKm;
    }
    carried = length - (next - stepKm);
  }
  const last = path[path.length - 1]!;
  const tail = out[out.length - 1]!;
  if (path.length > 1 && (tail[0] !== last[0] || tail[1] !== last[1])) out.push(last);
  return out;
}
