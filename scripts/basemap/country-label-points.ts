// Where each Natural Earth country's name goes, and what it is called in English and Chinese.
import { geoArea, geoMercator } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

const EARTH_RADIUS_KM = 6371.0088;
/** Antarctica: beyond the map's latitudes. */
const SKIPPED_NUMERIC = new Set(['010']);

export type CountryLabelPoint = {
  id: string; numeric: string; nameEn: string; nameZh: string; lng: number; lat: number; areaKm2: number; minZoom: number;
};

const EN = new Intl.DisplayNames(['en'], { type: 'region' });
const EN_SHORT = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
const ZH = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
const ZH_SHORT = new Intl.DisplayNames(['zh-Hans'], { type: 'region', style: 'short' });

/** ISO 3166-1 numeric → alpha-2 through CLDR's territory aliases ("156" → "CN"); null when CLDR has none. */
export function alpha2Of(numeric: string): string | null {
  const region = new Intl.Locale(Intl.getCanonicalLocales(`und-${numeric}`)[0]!).region;
  return region && /^[A-Z]{2}$/.test(region) ? region : null;
}

/** CLDR's names; its short form where the long one explains itself ("Myanmar (Burma)", "Hong Kong SAR China"). */
export function countryNames(alpha2: string): { nameEn: string; nameZh: string } {
  const en = EN.of(alpha2) ?? alpha2;
  const zh = ZH.of(alpha2) ?? alpha2;
  return {
    nameEn: /\(|SAR China/.test(en) ? (EN_SHORT.of(alpha2) ?? en) : en,
    nameZh: zh.includes('特别行政区') ? (ZH_SHORT.of(alpha2) ?? zh) : zh,
  };
}

const polygonsOf = (f: Feature): Position[][][] => {
  const g = f.geometry as Polygon | MultiPolygon | null;
  return g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
};
const areaOf = (rings: Position[][]) => geoArea({ type: 'Polygon', coordinates: rings });

/**
 * The zoom from which a country of this area is about 40 px across on the map (512 px world at zoom 0),
 * in half steps: big countries are named at low zoom, small ones as the map zooms in.
 */
export const minZoomForArea = (areaKm2: number) =>
  Math.min(8, Math.max(1, Math.ceil(2 * Math.log2((40 * 40_075) / (512 * Math.sqrt(areaKm2)))) / 2));

/**
 * The pole of inaccessibility of the country's largest polygon, found in Web Mercator (as the map draws it), so
 * the point lies inside the shape where a centroid may not (Chile, Croatia, Norway).
 */
export function labelPointOf(features: Feature[]): { lng: number; lat: number; areaKm2: number } | null {
  const largest = features.flatMap(polygonsOf).map((rings) => ({ rings, area: areaOf(rings) })).sort((a, b) => b.area - a.area)[0];
  if (!largest) return null;
  const mercator = geoMercator();
  const planar = largest.rings.map((ring) => ring.map((p) => mercator(p as [number, number])!));
  const xs = planar[0]!.map((p) => p[0]!);
  const ys = planar[0]!.map((p) => p[1]!);
  const size = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [x, y] = polylabel(planar, size / 200);
  const [lng, lat] = mercator.invert!([x!, y!])!;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { lng: round(lng), lat: round(lat), areaKm2: Math.round(largest.area * EARTH_RADIUS_KM ** 2) };
}

/**
 * A label point for every country with an ISO code CLDR knows, sorted by id. Features that share a code
 * (Australia and the Ashmore and Cartier Islands) are one country.
 */
export function countryLabelPoints(countries: FeatureCollection): CountryLabelPoint[] {
  const byNumeric = new Map<string, Feature[]>();
  for (const f of countries.features) {
    const numeric = f.id === undefined ? null : String(f.id).padStart(3, '0');
    if (numeric && !SKIPPED_NUMERIC.has(numeric)) byNumeric.set(numeric, [...(byNumeric.get(numeric) ?? []), f]);
  }
  return [...byNumeric].flatMap(([numeric, features]) => {
    const id = alpha2Of(numeric);
    const point = id ? labelPointOf(features) : null;
    if (!id || !point) return [];
    return [{ id, numeric, ...countryNames(id), ...point, minZoom: minZoomForArea(point.areaKm2) }];
  }).sort((a, b) => a.id.localeCompare(b.id));
}
