// Sanity check of routed sea legs: sample points along them and find those inside land polygons.
import { geoBounds, geoContains } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type LngLat, distanceKm, normalizeLng, sampleAlong } from './geo';

export interface Country {
  name: string;
  feature: Feature<Geometry>;
  bounds: [[number, number], [number, number]]; // west/south, east/north; west > east across ±180
}

export interface LandHit {
  point: LngLat;
  country: string;
  fromEndKm: number; // distance to the nearer end of the leg
}

export function countriesOf(collection: FeatureCollection): Country[] {
  return collection.features.map((feature) => ({
    name: String(feature.properties?.name ?? feature.id ?? '?'),
    feature,
    bounds: geoBounds(feature),
  }));
}

function inBounds([lng, lat]: LngLat, [[west, south], [east, north]]: Country['bounds']): boolean {
  if (lat < south || lat > north) return false;
  const x = normalizeLng(lng);
  return west <= east ? x >= west && x <= east : x >= west || x <= east;
}

/** The country containing the point, if any. */
export function countryAt(countries: readonly Country[], point: LngLat): string | null {
  for (const c of countries) {
    if (inBounds(point, c.bounds) && geoContains(c.feature, point)) return c.name;
  }
  return null;
}

/** Points every `stepKm` along a leg that fall on land. */
export function landHits(countries: readonly Country[], path: readonly LngLat[], stepKm = 20): {
  samples: number;
  hits: LandHit[];
} {
  const first = path[0];
  const last = path[path.length - 1];
  const samples = sampleAlong(path, stepKm);
  const hits: LandHit[] = [];
  if (!first || !last) return { samples: 0, hits };
  for (const point of samples) {
    const country = countryAt(countries, point);
    if (country) {
      hits.push({ point, country, fromEndKm: Math.min(distanceKm(point, first), distanceKm(point, last)) });
    }
  }
  return { samples: samples.length, hits };
}
