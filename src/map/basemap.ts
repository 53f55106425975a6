import type { StyleSpecification } from 'maplibre-gl';
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

/** Optional online style from configuration (VITE_BASEMAP_STYLE_URL); the offline one otherwise. */
export const configuredStyleUrl = (): string | null => {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined;
  return url && /^https?:\/\//.test(url) ? url : null;
};
