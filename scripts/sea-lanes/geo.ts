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

type Vector = [number, number, number];
const toVector = ([lng, lat]: LngLat): Vector => {
  const [λ, φ] = [(lng * Math.PI) / 180, (lat * Math.PI) / 180];
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};
const cross = (a: Vector, b: Vector): Vector => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Distance from p to the great-circle arc a–b, km (to the nearer end when p lies beyond the arc). */
export function distanceToArcKm(p: LngLat, a: LngLat, b: LngLat): number {
  const [va, vb, vp] = [toVector(a), toVector(b), toVector(p)];
  const normal = cross(va, vb);
  const norm = Math.hypot(...normal);
  const toEnds = Math.min(distanceKm(p, a), distanceKm(p, b));
  if (norm < 1e-12) return toEnds;
  // p projects inside the arc when it lies on the inner side of both end planes.
  const inside = dot(cross(normal, va), vp) >= 0 && dot(cross(vb, normal), vp) >= 0;
  if (!inside) return toEnds;
  return Math.asin(Math.min(1, Math.abs(dot(vp, normal)) / norm)) * EARTH_RADIUS_KM;
}

/** Douglas–Peucker on the sphere: drops vertices within `toleranceKm` of the simplified line. */
export function simplifyPath(path: readonly LngLat[], toleranceKm: number): LngLat[] {
  if (path.length < 3) return [...path];
  const keep = new Array<boolean>(path.length).fill(false);
  keep[0] = keep[path.length - 1] = true;
  const stack: [number, number][] = [[0, path.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let [farthest, farthestKm] = [-1, toleranceKm];
    for (let i = first + 1; i < last; i++) {
      const km = distanceToArcKm(path[i]!, path[first]!, path[last]!);
      if (km > farthestKm) [farthest, farthestKm] = [i, km];
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return path.filter((_, i) => keep[i]);
}
