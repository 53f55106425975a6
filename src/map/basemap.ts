import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP } from '../cartography/palette';

export const BASEMAP_ATTRIBUTION = 'Countries and seas: Natural Earth (public domain) via world-atlas; country names: Unicode CLDR';
const CHINA_ISO_NUMERIC = '156';

/** The offline basemap's vector tiles are cut to this zoom at build time (scripts/basemap/vector-tiles.ts); the map zooms on into it. */
export const BASEMAP_MAX_ZOOM = 5;
/** The layers of each basemap tile: the sea, Natural Earth countries (id: ISO numeric) and the borders between them. */
export const BASEMAP_TILE_LAYERS = { sea: 'sea', countries: 'countries', borders: 'borders' } as const;
/** The offline style's one source: the country tiles. */
export const BASEMAP_SOURCE_ID = 'countries';
/** Where the built site serves the basemap tiles, relative to its base path. */
export const BASEMAP_TILE_PATH = 'basemap/';

/** The tiles' address, absolute (MapLibre's worker fetches them) under the site's base path. */
// Outside a page (unit tests) there is no document; any origin does there.
const tileRoot = () => new URL(`${import.meta.env.BASE_URL}${BASEMAP_TILE_PATH}`, globalThis.document?.baseURI ?? 'http://localhost/').href;

/** A style with no glyphs or sprites and tiles from the app's own origin: everything it needs ships with the app. */
export function offlineStyle(tiles = tileRoot()): StyleSpecification {
  const countries = { source: BASEMAP_SOURCE_ID, 'source-layer': BASEMAP_TILE_LAYERS.countries };
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE_ID]: { type: 'vector', tiles: [`${tiles}{z}/{x}/{y}.pbf`], minzoom: 0, maxzoom: BASEMAP_MAX_ZOOM, attribution: BASEMAP_ATTRIBUTION },
    },
    layers: [
      // The sea is a polygon in the tiles, not a background layer: the fills share one shader program. No antialiased
      // fill edges (MapLibre draws those with a program of their own either): the coast and border lines draw the edges.
      {
        id: 'sea', type: 'fill', source: BASEMAP_SOURCE_ID, 'source-layer': BASEMAP_TILE_LAYERS.sea,
        paint: { 'fill-color': BASEMAP.sea, 'fill-antialias': false },
      },
      { id: 'land', type: 'fill', ...countries, paint: { 'fill-color': BASEMAP.land, 'fill-antialias': false } },
      {
        id: 'china', type: 'fill', ...countries, filter: ['==', ['id'], Number(CHINA_ISO_NUMERIC)],
        paint: { 'fill-color': BASEMAP.china, 'fill-antialias': false },
      },
      // The coast as a line, not a fill outline: one shader program draws it and the borders.
      { id: 'coast', type: 'line', ...countries, paint: { 'line-color': BASEMAP.coast, 'line-width': 0.6 } },
      {
        id: 'borders', type: 'line', source: BASEMAP_SOURCE_ID, 'source-layer': BASEMAP_TILE_LAYERS.borders,
        paint: { 'line-color': BASEMAP.border, 'line-width': 0.6 },
      },
    ],
  };
}

/** Optional online style from configuration (VITE_BASEMAP_STYLE_URL); the offline one otherwise. */
export const configuredStyleUrl = (): string | null => {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined;
  return url && /^https?:\/\//.test(url) ? url : null;
};
