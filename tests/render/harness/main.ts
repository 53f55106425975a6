// Draws one render case (?case=name) with the app's own layer builders, then marks the page
// `data-rendered="true"` (or `data-render-error`) for the test to take its picture.
import '@fontsource/noto-sans-sc/400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Deck, MapView, type Layer } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import { Map as MaplibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { buildLayers, type MapInputs } from '../../../src/map/layers/build-layers';
import { iconAtlasImage } from '../../../src/map/layers/icon-atlas';
import { offlineStyle } from '../../../src/map/basemap';
import { RENDER_CASES, RENDER_FONT, RENDER_SIZE, RENDER_YEAR, type RenderCase } from '../cases';

// As in the app (src/map/MapView.tsx): bundling breaks maplibre's own way of finding its worker.
setWorkerUrl(workerUrl);

const done = () => (document.documentElement.dataset.rendered = 'true');
const failed = (e: unknown) => (document.documentElement.dataset.renderError = String(e));

function inputsOf(c: RenderCase): MapInputs {
  return {
    atlas: c.atlas, year: RENDER_YEAR, layers: c.layers, selection: null, focusLineId: null, routes: [], routeFocus: null,
    highlight: c.highlight ?? { cityIds: [], corridorIds: [] }, lang: 'en', basemapLang: 'en', fontFamily: RENDER_FONT, icons: iconAtlasImage(),
    labelIds: new Set(c.atlas.cities.map((city) => city.id)), basemapLabelIds: new Set(), TextLayer,
  };
}

function drawBasemap(frame: HTMLElement, c: RenderCase) {
  // The app's own style and vector tiles (written beside the harness by its global setup).
  const map = new MaplibreMap({
    container: frame, style: offlineStyle(), center: [c.camera.longitude, c.camera.latitude], zoom: c.camera.zoom,
    interactive: false, attributionControl: false, fadeDuration: 0, canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.once('idle', done);
}

function drawLayers(frame: HTMLDivElement, c: RenderCase) {
  const layers: Layer[] = buildLayers(inputsOf(c), c.flowTime);
  let loadedFrameAsked = false;
  const deck: Deck<MapView> = new Deck({
    parent: frame, width: RENDER_SIZE.width, height: RENDER_SIZE.height, useDevicePixels: false,
    views: new MapView({ repeat: false }), initialViewState: c.camera, controller: false, layers,
    // Once every layer (icons, font atlas) has loaded, one more frame is drawn, and that is the picture.
    onAfterRender: () => {
      if (!layers.every((l) => l.isLoaded)) return;
      if (loadedFrameAsked) return void done();
      loadedFrameAsked = true;
      deck.redraw('every layer loaded');
    },
    onError: failed,
  });
}

async function main() {
  const name = new URLSearchParams(location.search).get('case') ?? '';
  const c = RENDER_CASES[name];
  if (!c) throw new Error(`no render case "${name}"`);
  const frame = document.getElementById('frame') as HTMLDivElement;
  Object.assign(frame.style, { width: `${RENDER_SIZE.width}px`, height: `${RENDER_SIZE.height}px` });
  await document.fonts.load(`16px ${RENDER_FONT}`, 'AlphaBetaGamma');
  if (c.basemap) await drawBasemap(frame, c);
  else drawLayers(frame, c);
}

main().catch(failed);
