// The offline basemap as static vector tiles, cut once at build time: the browser fetches the few tiles in
// view instead of the whole world's outlines, and tiles nothing itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_MAX_ZOOM, BASEMAP_TILE_LAYERS } from '../../src/map/basemap';

/** Tile units per side, as MapLibre's own GeoJSON tiling uses at half its 8192. */
const EXTENT = 4096;
/** Simplification in tile units and the margin kept around each tile, as MapLibre's GeoJSON source uses them. */
const TOLERANCE = 3;
const BUFFER = 64;

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Natural Earth 1:50m countries (ids as numbers, so a style filter matches them) and the borders between them. */
export function countryLayers(): Record<(typeof BASEMAP_TILE_LAYERS)[keyof typeof BASEMAP_TILE_LAYERS], GeoJSON.FeatureCollection> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  for (const f of countries.features) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  return {
    [BASEMAP_TILE_LAYERS.countries]: countries,
    [BASEMAP_TILE_LAYERS.borders]: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: borders }] },
  };
}

const EMPTY_TILE: GeoJSONVTTile = { features: [], numPoints: 0, numSimplified: 0, numFeatures: 0, source: null, x: 0, y: 0, z: 0, transformed: true, minX: 0, minY: 0, maxX: 0, maxY: 0 } as unknown as GeoJSONVTTile;

/**
 * Writes `<outDir>/<z>/<x>/<y>.pbf` for every tile from zoom 0 to BASEMAP_MAX_ZOOM (an open-ocean tile is written
 * empty, so no request fails); the map zooms further into the last level. Returns the tile count and bytes.
 */
export function writeBasemapTiles(outDir: string): { tiles: number; bytes: number } {
  const indexes = Object.entries(countryLayers()).map(([name, data]) => [
    name,
    new GeoJSONVT(data, { maxZoom: BASEMAP_MAX_ZOOM, indexMaxZoom: BASEMAP_MAX_ZOOM, indexMaxPoints: 0, extent: EXTENT, tolerance: TOLERANCE, buffer: BUFFER }),
  ] as const);
  rmSync(outDir, { recursive: true, force: true });
  let tiles = 0;
  let bytes = 0;
  for (let z = 0; z <= BASEMAP_MAX_ZOOM; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      mkdirSync(join(outDir, String(z), String(x)), { recursive: true });
      for (let y = 0; y < 2 ** z; y++) {
        const layers = Object.fromEntries(indexes.map(([name, index]) => [name, index.getTile(z, x, y) ?? EMPTY_TILE]));
        const pbf = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
        writeFileSync(join(outDir, String(z), String(x), `${y}.pbf`), pbf);
        tiles++;
        bytes += pbf.length;
      }
    }
  }
  return { tiles, bytes };
}
