import type { StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { BASEMAP } from '../cartography/palette';

export const BASEMAP_ATTRIBUTION = 'Countries and seas: Natural Earth (public domain) via world-atlas; country names: Unicode CLDR';
const CHINA_ISO_NUMERIC = '156';

/** A style with no tiles, glyphs or sprites: everything it needs ships with the app. */
export function offlineStyle(countries: GeoJSON.FeatureCollection | null, borders: GeoJSON.Geometry | null): StyleSpecification {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries ?? empty, attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: borders ? { type: 'Feature', properties: {}, geometry: borders } : empty },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': BASEMAP.land, 'fill-outline-color': BASEMAP.coast } },
      {
        id: 'china', type: 'fill', source: 'countries', filter: ['==', ['id'], Number(CHINA_ISO_NUMERIC)],
        paint: { 'fill-color': BASEMAP.china },
      },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': BASEMAP.border, 'line-width': 0.6 } },
    ],
  };
}

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let countriesRequest: Promise<Response> | null = null;
/** Starts the download of the country outlines early; `loadCountries` uses it (once). */
export function prefetchCountries() {
  countriesRequest ??= fetch(countriesUrl);
}

/** Fetches the bundled Natural Earth countries; throws with a readable message on failure. */
export async function loadCountries(): Promise<{ countries: GeoJSON.FeatureCollection; borders: GeoJSON.MultiLineString }> {
  const request = countriesRequest ?? fetch(countriesUrl);
  countriesRequest = null;
  const res = await request;
  if (!res.ok) throw new Error(`country outlines could not be loaded (HTTP ${res.status})`);
  const topology = (await res.json()) as CountriesTopology;
  if (topology?.type !== 'Topology' || !topology.objects?.countries) throw new Error('country outlines are not valid TopoJSON');
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  // ids are zero-padded strings ("156"); numeric ids let a style filter match them.
  for (const f of countries.features) if (f.id !== undefined) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return { countries, borders };
}

/** Optional online style from configuration (VITE_BASEMAP_STYLE_URL); the offline one otherwise. */
export const configuredStyleUrl = (): string | null => {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined;
  return url && /^https?:\/\//.test(url) ? url : null;
};
