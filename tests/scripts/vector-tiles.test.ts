import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { writeBasemapTiles } from '../../scripts/basemap/vector-tiles';
import { BASEMAP_MAX_ZOOM, BASEMAP_TILE_LAYERS } from '../../src/map/basemap';

let dir: string;
let written: { tiles: number; bytes: number };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-tiles-'));
  written = writeBasemapTiles(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (z: number, x: number, y: number) => new VectorTile(new PbfReader(readFileSync(join(dir, String(z), String(x), `${y}.pbf`))));
/** The extent of a tile's features in tile units: [minX, minY, maxX, maxY]. */
function bounds(tile: VectorTile, layer: string) {
  const l = tile.layers[layer]!;
  const points = Array.from({ length: l.length }, (_, i) => l.feature(i).loadGeometry().flat()).flat();
  return [Math.min(...points.map((p) => p.x)), Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.x)), Math.max(...points.map((p) => p.y))];
}

describe('the offline basemap tiles', () => {
  test('every tile from zoom 0 to the last is written', () => {
    expect(written.tiles).toBe(Array.from({ length: BASEMAP_MAX_ZOOM + 1 }, (_, z) => 4 ** z).reduce((a, b) => a + b));
  });

  test('an open-ocean tile holds the sea alone, one polygon over the whole tile', () => {
    // Zoom 5, x 4, y 20: the South Pacific, 135–124° W, 41–49° S.
    const tile = read(5, 4, 20);
    expect(Object.keys(tile.layers)).toEqual([BASEMAP_TILE_LAYERS.sea]);
    const sea = tile.layers[BASEMAP_TILE_LAYERS.sea]!;
    expect(sea.length).toBe(1);
    expect(sea.feature(0).type).toBe(3);
    const [minX, minY, maxX, maxY] = bounds(tile, BASEMAP_TILE_LAYERS.sea);
    expect(minX).toBeLessThanOrEqual(0);
    expect(minY).toBeLessThanOrEqual(0);
    expect(maxX).toBeGreaterThanOrEqual(sea.extent);
    expect(maxY).toBeGreaterThanOrEqual(sea.extent);
  });

  test('a tile over China holds the sea under the countries and their borders', () => {
    const tile = read(2, 3, 1);
    expect(Object.keys(tile.layers).sort()).toEqual(Object.values(BASEMAP_TILE_LAYERS).sort());
    const countries = tile.layers[BASEMAP_TILE_LAYERS.countries]!;
    const ids = Array.from({ length: countries.length }, (_, i) => countries.feature(i).id);
    expect(ids).toContain(156);
  });

  test('shapes that cross the antimeridian are cut there, not drawn across the world', () => {
    // Stitched, Russia's edge across the Bering Strait ran the whole width of the western hemisphere.
    const across: string[] = [];
    for (const [x, y] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
      const tile = read(1, x, y);
      for (const name of [BASEMAP_TILE_LAYERS.countries, BASEMAP_TILE_LAYERS.borders]) {
        const layer = tile.layers[name]!;
        const inside = (v: number) => v > 0 && v < layer.extent;
        for (let i = 0; i < layer.length; i++) {
          for (const ring of layer.feature(i).loadGeometry()) {
            ring.slice(1).forEach((b, k) => {
              const a = ring[k]!;
              if (a.y === b.y && inside(a.y) && Math.abs(a.x - b.x) > layer.extent / 2) across.push(`1/${x}/${y} ${name} ${layer.feature(i).id ?? ''} at y ${a.y}`);
            });
          }
        }
      }
    }
    expect(across).toEqual([]);
  });
});

