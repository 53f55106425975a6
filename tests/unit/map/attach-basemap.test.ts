import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { attachBasemap, ONLINE_STYLE_TIMEOUT_MS } from '../../../src/map/attach-basemap';

const MESSAGES = { basemapFailed: 'outlines failed', onlineStyleFailed: 'online failed' };

/** Just enough of a MapLibre map to see what the basemap loader asks of it. */
function makeFakeMap({ styleLoaded = true } = {}) {
  type Handler = { fn: (e?: unknown) => void; once: boolean };
  const handlers = new Map<string, Handler[]>();
  const add = (type: string, fn: (e?: unknown) => void, once: boolean) => handlers.set(type, [...(handlers.get(type) ?? []), { fn, once }]);
  const map = {
    loaded: styleLoaded,
    isStyleLoaded: () => map.loaded,
    on: (type: string, fn: (e?: unknown) => void) => add(type, fn, false),
    once: (type: string, fn: (e?: unknown) => void) => add(type, fn, true),
    off: (type: string, fn: (e?: unknown) => void) => handlers.set(type, (handlers.get(type) ?? []).filter((h) => h.fn !== fn)),
    emit: (type: string, event: object = {}) => {
      const list = handlers.get(type) ?? [];
      handlers.set(type, list.filter((h) => !h.once));
      list.forEach((h) => h.fn(event));
    },
    setStyle: vi.fn(() => { map.loaded = true; }),
  };
  return map;
}

afterEach(() => vi.unstubAllGlobals());

describe('offline basemap', () => {
  test('resolves once its style is in, and says nothing while the tiles load', async () => {
    const map = makeFakeMap({ styleLoaded: false });
    const notify = vi.fn();
    const done = attachBasemap(map as unknown as MaplibreMap, null, notify, MESSAGES);
    map.loaded = true;
    map.emit('style.load');
    expect(await done).toBe('offline');
    map.emit('sourcedata', { sourceId: 'countries', tile: {} });
    expect(notify).not.toHaveBeenCalled();
  });

  test('a failed tile of the country outlines becomes one message, not an exception', async () => {
    const map = makeFakeMap();
    const notify = vi.fn();
    await attachBasemap(map as unknown as MaplibreMap, null, notify, MESSAGES);
    map.emit('error', { sourceId: 'countries', tile: {}, error: { status: 503, message: 'Service Unavailable' } });
    map.emit('error', { sourceId: 'countries', tile: {}, error: { status: 503, message: 'Service Unavailable' } });
    expect(notify).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('outlines failed (country outlines could not be loaded (HTTP 503))');
  });

  test('errors of anything else are not reported as the basemap', async () => {
    const map = makeFakeMap();
    const notify = vi.fn();
    await attachBasemap(map as unknown as MaplibreMap, null, notify, MESSAGES);
    map.emit('error', { error: new Error('a layer failed') });
    map.emit('error', { sourceId: 'other', tile: {} });
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('online basemap from configuration', () => {
  const STYLE_URL = 'https://tiles.example.org/style.json';
  const start = () => {
    vi.stubGlobal('fetch', vi.fn());
    const map = makeFakeMap({ styleLoaded: false });
    const notify = vi.fn();
    const done = attachBasemap(map as unknown as MaplibreMap, STYLE_URL, notify, MESSAGES);
    return { map, notify, done };
  };
  const styleIn = (map: ReturnType<typeof makeFakeMap>) => {
    map.loaded = true;
    map.emit('style.load');
  };

  test('a style that loads, with its tiles, is kept', async () => {
    const { map, notify, done } = start();
    styleIn(map);
    map.emit('sourcedata', { sourceId: 'tiles', tile: {} });
    map.emit('idle');
    expect(await done).toBe('online');
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  test('a few failed tiles among loaded ones keep the style', async () => {
    const { map, notify, done } = start();
    styleIn(map);
    map.emit('error', { sourceId: 'tiles', tile: {} });
    map.emit('sourcedata', { sourceId: 'tiles', tile: {} });
    map.emit('idle');
    await done;
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  test('a style that fails falls back to the offline basemap and says so', async () => {
    const { map, notify, done } = start();
    map.emit('error', { error: new Error('HTTP 500') });
    expect(await done).toBe('offline');
    expect(map.setStyle).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('online failed');
    const offline = (map.setStyle.mock.calls[0] as unknown as [StyleSpecification])[0];
    expect(offline.sources.countries).toMatchObject({ type: 'vector', tiles: [expect.stringMatching(/basemap\/\{z\}\/\{x\}\/\{y\}\.pbf$/)] });
  });

  test('a style whose tiles all fail falls back', async () => {
    const { map, notify, done } = start();
    styleIn(map);
    map.emit('error', { sourceId: 'tiles', tile: {} });
    map.emit('error', { sourceId: 'tiles', tile: {} });
    map.emit('idle');
    await done;
    expect(map.setStyle).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('online failed');
  });

  test('a map removed while its style loads is left alone (no message, no style switch)', async () => {
    const { map, notify, done } = start();
    map.emit('remove');
    map.emit('error', { error: new Error('aborted') });
    await done;
    expect(map.setStyle).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  test('a style that does not answer in time falls back after the timeout, not before', async () => {
    vi.useFakeTimers();
    const { map, notify, done } = start();
    await vi.advanceTimersByTimeAsync(ONLINE_STYLE_TIMEOUT_MS - 100);
    expect(map.setStyle).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await done;
    expect(map.setStyle).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('online failed');
    // The late style cannot take over again: the loader no longer listens.
    styleIn(map);
    expect(map.setStyle).toHaveBeenCalledOnce();
  });
});
