import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { loadCountries, offlineStyle } from './basemap';

const ONLINE_STYLE_TIMEOUT_MS = 8000;

type Messages = { basemapFailed: string; onlineStyleFailed: string };

const styleLoaded = (map: MaplibreMap) =>
  new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));

/** Waits for the configured online style; on error or timeout switches to the offline style. */
function onlineOrFallback(map: MaplibreMap): Promise<boolean> {
  return new Promise((resolve) => {
    const fail = () => {
      globalThis.clearTimeout(timer);
      map.off('style.load', ok);
      if (!map.isStyleLoaded()) map.setStyle(offlineStyle(null, null));
      resolve(false);
    };
    const ok = () => {
      globalThis.clearTimeout(timer);
      map.off('error', fail);
      resolve(true);
    };
    const timer = globalThis.setTimeout(fail, ONLINE_STYLE_TIMEOUT_MS);
    map.once('style.load', ok);
    map.once('error', fail);
  });
}

/**
 * Fills the offline basemap with the bundled country outlines, or keeps a working online style.
 * Resolves once the basemap has settled; every failure becomes a message, never a blank map.
 */
export async function attachBasemap(
  map: MaplibreMap, onlineUrl: string | null, notify: (text: string) => void, messages: Messages,
): Promise<void> {
  if (onlineUrl) {
    if (await onlineOrFallback(map)) return;
    notify(messages.onlineStyleFailed);
  }
  try {
    const [{ countries, borders }] = await Promise.all([loadCountries(), styleLoaded(map)]);
    (map.getSource('countries') as GeoJSONSource | undefined)?.setData(countries);
    (map.getSource('borders') as GeoJSONSource | undefined)?.setData({ type: 'Feature', properties: {}, geometry: borders });
  } catch (e) {
    notify(`${messages.basemapFailed} (${(e as Error).message})`);
  }
}
