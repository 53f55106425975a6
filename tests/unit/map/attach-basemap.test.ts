import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { attachBasemap } from '../../../src/map/attach-basemap';

const MESSAGES = { basemapFailed: 'outlines failed', onlineStyleFailed: 'online failed' };

/** Just enough of a MapLibre map to see what the basemap loader asks of it. */
function makeFakeMap({ styleLoaded = true } = {}) {
  const handlers = new Map<string, ((e?: unknown) => void)[]>();
  const sources = new Map<string, { setData: ReturnType<typeof vi.fn> }>([
    ['countries', { setData: vi.fn() }], ['borders', { setData: vi.fn() }],
  ]);
  const map = {
    loaded: styleLoaded,
    isStyleLoaded: () => map.loaded,
    once: (type: string, fn: (e?: unknown) => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]),
    off: (type: string, fn: (e?: unknown) => void) => handlers.set(type, (handlers.get(type) ?? []).filter((h) => h !== fn)),
    emit: (type: string) => {
      const list = handlers.get(type) ?? [];
      handlers.delete(type);
      list.forEach((h) => h());
    },
    setStyle: vi.fn(() => { map.loaded = true; }),
    getSource: (id: string) => sources.get(id),
    sources,
  };
  return map;
}

const TOPOLOGY = {
  type: 'Topology',
  arcs: [[[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]]],
  objects: {
    countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: '156' }] },
    land: { type: 'GeometryCollection', geometries: [] },
  },
};

afterEach(() => vi.unstubAllGlobals());

describe('offline basemap', () => {
  test('fills the country and border sources from the bundled outlines', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(TOPOLOGY))));
    const map = makeFakeMap();
    const notify = vi.fn();
    await attachBasemap(map as unknown as MaplibreMap, null, notify, MESSAGES);
    const countries = map.sources.get('countries')!.setData.mock.calls[0]![0] as GeoJSON.FeatureCollection;
    expect(countries.features).toHaveLength(1);
    expect(countries.features[0]!.id).toBe(156);
    expect(map.sources.get('borders')!.setData).toHaveBeenCalledOnce();
    expect(notify).not.toHaveBeenCalled();
  });

  test('a failed download becomes a message, not an exception', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 503 })));
    const notify = vi.fn();
    await attachBasemap(makeFakeMap() as unknown as MaplibreMap, null, notify, MESSAGES);
    expect(notify).toHaveBeenCalledWith('outlines failed (country outlines could not be loaded (HTTP 503))');
  });

  test('outlines that are not TopoJSON are reported', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"type":"FeatureCollection"}')));
    const notify = vi.fn();
    await attachBasemap(makeFakeMap() as unknown as MaplibreMap, null, notify, MESSAGES);
    expect(notify.mock.calls[0]![0]).toMatch(/not valid TopoJSON/);
  });
});

describe('online basemap from configuration', () => {
  test('a style that loads is kept', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const map = makeFakeMap({ styleLoaded: false });
    const notify = vi.fn();
    const done = attachBasemap(map as unknown as MaplibreMap, 'https://tiles.example.org/style.json', notify, MESSAGES);
    map.loaded = true;
    map.emit('style.load');
    await done;
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  test('a style that fails falls back to the offline basemap and says so', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(TOPOLOGY))));
    const map = makeFakeMap({ styleLoaded: false });
    const notify = vi.fn();
    const done = attachBasemap(map as unknown as MaplibreMap, 'https://tiles.example.org/style.json', notify, MESSAGES);
    map.emit('error');
    await done;
    expect(map.setStyle).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('online failed');
    expect(map.sources.get('countries')!.setData).toHaveBeenCalledOnce();
  });

  test('a style that never answers falls back after a timeout', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(TOPOLOGY))));
    const map = makeFakeMap({ styleLoaded: false });
    const notify = vi.fn();
    const done = attachBasemap(map as unknown as MaplibreMap, 'https://tiles.example.org/style.json', notify, MESSAGES);
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
    await done;
    expect(map.setStyle).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('online failed');
  });
});
