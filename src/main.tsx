import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import '@fontsource/noto-sans-sc/400.css';
import { App } from './app/App';
import { appStore } from './state/store';
import { readUrlState } from './state/url-state';
import { loadAtlas } from './data/load-atlas';
import { hasWebGL2 } from './map/webgl';

// maplibre finds its worker through import.meta.url, which bundling breaks; point it at the emitted asset.
maplibregl.setWorkerUrl(workerUrl);

const FONT_TIMEOUT_MS = 4000;
/** TextLayer builds its glyph atlas once, so the CJK font must be ready before the first label draws. */
const fontReady = Promise.race([
  document.fonts.load('16px "Noto Sans SC"', '北京上海广州').catch(() => []),
  new Promise((resolve) => setTimeout(resolve, FONT_TIMEOUT_MS)),
]);

const store = appStore.getState();
const fromUrl = readUrlState(window.location.search, store.years, navigator.language);
store.setLang(fromUrl.lang);
if (fromUrl.year !== null) store.setYear(fromUrl.year);
fromUrl.notices.forEach(store.notify);

const atlasLoaded = loadAtlas(`${import.meta.env.BASE_URL}data/atlas.json`).then((result) => {
  if (result.ok) appStore.getState().setAtlas(result.atlas);
  else appStore.getState().setLoadError(result.reason);
});

await Promise.all([fontReady, atlasLoaded]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App webgl={hasWebGL2()} />
  </StrictMode>,
);
