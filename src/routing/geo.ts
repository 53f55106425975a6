import { geoDistance, geoLength } from 'd3-geo';
import type { LngLat } from '../data/schema';

/** Mean Earth radius, km; the data build measures line lengths with the same value. */
export const EARTH_RADIUS_KM = 6371.0088;

export const distanceKm = (a: LngLat, b: LngLat): number => geoDistance(a, b) * EARTH_RADIUS_KM;

/** Geodesic length of a drawn path, km. */
export const pathLengthKm = (path: readonly LngLat[]): number =>
  path.length < 2 ? 0 : geoLength({ type: 'LineString', coordinates: path.map((p) => [p[0], p[1]]) }) * EARTH_RADIUS_KM;

/** Joins paths that meet end to start, without repeating the shared point. */
export function joinPaths(paths: readonly (readonly LngLat[])[]): LngLat[] {
  const joined: LngLat[] = [];
  for (const path of paths) {
    for (const p of path) {
      const last = joined[joined.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) joined.push([p[0], p[1]]);
    }
  }
  return joined;
}

// Letters that Unicode normalisation does not split into a base letter and a mark.
const UNSPLIT_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae' };

/** Lowercase kebab-case ASCII id from an English name: "Madrid (Abroñigal)" -> "madrid-abronigal", "Xi'an" -> "xian". */
export function slugify(name: string): string {
  return name
    .replace(/[łŁøØđĐßæ]/g, (c) => UNSPLIT_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name without its qualifier: the part before the first "(" or ",", as a slug ("Chongqing (Tuanjiecun hub)" -> "chongqing"). */
export function coreName(nameEn: string): string {
  let core = coreNames.get(nameEn);
  if (core === undefined) coreNames.set(nameEn, (core = slugify(nameEn.split(/[(,]/)[0] ?? nameEn)));
  return core;
}
const coreNames = new Map<string, string>();
