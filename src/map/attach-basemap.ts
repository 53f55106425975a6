import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { BASEMAP_SOURCE_ID, offlineStyle } from './basemap';

/** The online style must have loaded this long after the map asked for it, or the offline basemap takes over. */
export const ONLINE_STYLE_TIMEOUT_MS = 2500;
/** Once the style is in, how long its first tiles may take before the map stops waiting for them. */
const FIRST_TILES_TIMEOUT_MS = 6000;

type Messages = { basemapFailed: string; onlineStyleFailed: string };

const styleLoaded = (map: MaplibreMap) =>
  new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));

type Outcome = 'online' | 'offline' | 'removed';

/**
 * Waits for the configured online style and its first tiles. Resolves 'offline', after switching to the offline
 * style, when the style fails (unreachable, HTTP error, not a style), is not in within the timeout, or none
 * of its first tiles load; 'online' when it works; 'removed' when the map goes away first.
 */
function onlineOrFallback(map: MaplibreMap): Promise<Outcome> {
  return new Promise((resolve) => {
    let styleIn = false;
    let tilesLoaded = 0;
    let tileErrors = 0;
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      globalThis.clearTimeout(timer);
      map.off('error', onError);
      map.off('style.load', onStyle);
      map.off('sourcedata', onSourceData);
      map.off('idle', onIdle);
      map.off('remove', onRemove);
      if (outcome === 'offline') map.setStyle(offlineStyle(), { diff: false });
      resolve(outcome);
    };
    const onRemove = () => finish('removed');
    // Some failed tiles are normal; none loaded at all means the tile server is down.
    const judgeTiles = () => finish(tileErrors === 0 || tilesLoaded > 0 ? 'online' : 'offline');
    // Errors about a source (its tiles) carry its id; any other error before the style is in is the style's.
    const onError = (e: object) => {
      if (!styleIn) finish('offline');
      else if ('sourceId' in e) tileErrors++;
    };
    const onStyle = () => {
      styleIn = true;
      globalThis.clearTimeout(timer);
      timer = globalThis.setTimeout(judgeTiles, FIRST_TILES_TIMEOUT_MS);
    };
    const onSourceData = (e: MapSourceDataEvent) => {
      if (e.tile) tilesLoaded++;
    };
    // The first idle frame: every tile of the first view has loaded or failed.
    const onIdle = () => styleIn && judgeTiles();
    let timer = globalThis.setTimeout(() => finish('offline'), ONLINE_STYLE_TIMEOUT_MS);
    map.on('error', onError);
    map.on('style.load', onStyle);
    map.on('sourcedata', onSourceData);
    map.on('idle', onIdle);
    map.on('remove', onRemove);
  });
}

/** A failed tile of the offline basemap's country outlines, as the reason the message gives. */
function tileFailure(e: object): string | null {
  if (!('sourceId' in e) || e.sourceId !== BASEMAP_SOURCE_ID) return null;
  const status = (e as { error?: { status?: number } }).error?.status;
  return `country outlines could not be loaded${status ? ` (HTTP ${status})` : ''}`;
}

/** Says once, for the map's life, that the offline basemap's tiles cannot be loaded; the data is drawn regardless. */
function reportFailedTiles(map: MaplibreMap, notify: (text: string) => void, message: string) {
  const onError = (e: object) => {
    const reason = tileFailure(e);
    if (!reason) return;
    map.off('error', onError);
    notify(`${message} (${reason})`);
  };
  map.on('error', onError);
}

/**
 * Keeps a working online style, or draws the offline basemap (vector tiles of the country outlines shipped with the
 * app). Resolves once the basemap's style is in, with the style in use (an online style brings its own place names);
 * every failure becomes a message, never a blank map.
 */
export async function attachBasemap(
  map: MaplibreMap, onlineUrl: string | null, notify: (text: string) => void, messages: Messages,
): Promise<'online' | 'offline'> {
  if (onlineUrl) {
    const outcome = await onlineOrFallback(map);
    if (outcome !== 'offline') return 'online';
    notify(messages.onlineStyleFailed);
  }
  reportFailedTiles(map, notify, messages.basemapFailed);
  await styleLoaded(map);
  return 'offline';
}
