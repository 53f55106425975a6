// The floor for `npm run bench`: the least a MapLibre + deck.gl page can draw. One background layer, no
// basemap data, a few points on an interleaved overlay; what the two libraries cost before any app code.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { benchMapContainer } from './map-container';

// maplibre finds its worker through import.meta.url, which bundling breaks; point it at the emitted asset.
maplibregl.setWorkerUrl(workerUrl);

type Point = { lngLat: [number, number] };
const POINTS: Point[] = [{ lngLat: [116.4, 39.9] }, { lngLat: [121.5, 31.2] }, { lngLat: [113.3, 23.1] }, { lngLat: [6.8, 51.4] }, { lngLat: [103.8, 1.3] }];

const params = new URLSearchParams(location.search);
const container = benchMapContainer(params);

const map = new maplibregl.Map({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#d7e4ef' } }] },
  bounds: [[-10, -6], [142, 60]],
  fitBoundsOptions: { padding: 16 },
});

const layers = [
  new ScatterplotLayer<Point>({ id: 'points', data: POINTS, getPosition: (p) => p.lngLat, getRadius: 6, radiusUnits: 'pixels',
    getFillColor: [68, 1, 84, 245] }),
];
// The same rule as the app and the baseline: the map loaded and a deck frame with every layer loaded.
const markFirstFullRender = () => {
  if (document.documentElement.dataset.mapReady) return;
  if (!map.loaded() || !layers.every((l) => l.isLoaded)) return;
  performance.mark('first-full-render');
  document.documentElement.dataset.mapReady = 'true';
};
map.addControl(new MapLibreOverlay({ interleaved: true, layers, onAfterRender: markFirstFullRender }));
map.on('load', () => map.triggerRepaint());
