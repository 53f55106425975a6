// The offline basemap as static vector tiles, cut once at build time: the browser fetches the few tiles in
// view instead of the whole world's outlines, and tiles nothing itself.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { BASEMAP_MAX_ZOOM, BASEMAP_TILE_LAYERS } from '../../src/map/basemap';
import { countryOutlines, type CountriesTopology } from '../../src/cartography/country-outlines';

/** Tile units per side, as MapLibre's own GeoJSON tiling uses at half its 8192. */
const EXTENT = 4096;
/** Simplification in tile units and the margin kept around each tile, as MapLibre's GeoJSON source uses them. */
const TOLERANCE = 3;
const BUFFER = 64;

/** Web Mercator's whole world, to the latitude where its square ends. */
const MERCATOR_LAT = 85.0511287798066;
/**
 * The sea as one polygon under the whole world: MapLibre fills it with the program that fills the land, where a
 * background layer would compile a program of its own before the first frame.
 */
const SEA: GeoJSON.Feature<GeoJSON.Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [[[-180, -MERCATOR_LAT], [180, -MERCATOR_LAT], [180, MERCATOR_LAT], [-180, MERCATOR_LAT], [-180, -MERCATOR_LAT]]] },
};

/**
 * Longitude and latitude again, with every ring and line that crosses the antimeridian cut there. world-atlas
 * stitches such shapes for spherical drawing (d3-geo); tiled on the plane, Russia's edge across the Bering Strait
 * became a coast line, and a band of land, across the whole western hemisphere.
 */
const cutAtAntimeridian = <T extends GeoJSON.GeoJSON>(object: T): T =>
  geoProject(object, geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0));

/** The sea, then Natural Earth 1:50m countries and the borders between them, one tile layer each. */
function tileLayers(): [string, GeoJSON.GeoJSON][] {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const { countries, borders } = countryOutlines(JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology);
  return [[BASEMAP_TILE_LAYERS.sea, SEA], [BASEMAP_TILE_LAYERS.countries, cutAtAntimeridian(countries)], [BASEMAP_TILE_LAYERS.borders, cutAtAntimeridian(borders)]];
}

/**
 * Writes `<outDir>/<z>/<x>/<y>.pbf` for every tile from zoom 0 to BASEMAP_MAX_ZOOM (an open-ocean tile holds the sea
 * alone); the map zooms further into the last level. Returns the tile count and bytes.
 */
export function writeBasemapTiles(outDir: string): { tiles: number; bytes: number } {
  const indexes = tileLayers().map(([name, data]) => [
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
        // A tile layer with nothing in it is left out.
        const layers = Object.fromEntries(indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y);
          return tile ? [[name, tile] as const] : [];
        }));
        const pbf = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
        writeFileSync(join(outDir, String(z), String(x), `${y}.pbf`), pbf);
        tiles++;
        bytes += pbf.length;
      }
    }
  }
  return { tiles, bytes };
}
