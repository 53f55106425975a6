// Baseline for `npm run bench`: plain MapLibre with an interleaved deck.gl overlay, the same offline basemap,
// the same features from the same atlas.json (baseline-data.ts), a year slider filtering on the GPU and
// animated flows, and none of the app's code. Only `?trips=N` (flow cost) loads the app's flow layer code,
// as a separate chunk: see flows.ts.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { TripsLayer } from '@deck.gl/geo-layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASELINE_YEAR, LOOP, baselineData, type BaselineAtlas } from './baseline-data';
import { benchMapContainer } from './map-container';

// maplibre finds its worker through import.meta.url, which bundling breaks; point it at the emitted asset.
maplibregl.setWorkerUrl(workerUrl);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const FILTER = [new DataFilterExtension({ filterSize: 1 })];
const TRAIL = 45;
const STEP_MAX = 100;
const SPEED = LOOP / 40_000;

const params = new URLSearchParams(location.search);
const container = benchMapContainer(params);
const slider = document.getElementById('year') as HTMLInputElement;
const pauseButton = document.getElementById('pause') as HTMLButtonElement;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return (await res.json()) as T;
}

// `?trips=N`: the app's flow layer with N trips per line instead of the page's own flows.
const tripsPerLine = params.has('trips') ? Number(params.get('trips')) : null;
const flowsLoaded = tripsPerLine === null ? null : import('./flows');
const atlasLoaded = fetchJson<BaselineAtlas>('./data/atlas.json');
const countriesLoaded = fetchJson<Topology<{ countries: GeometryCollection }>>(countriesUrl);

// Same style as the app's offline basemap: sea, land, China, borders.
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: EMPTY }, borders: { type: 'geojson', data: EMPTY } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d7e4ef' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea', 'fill-outline-color': '#9bb0c2' } },
      { id: 'china', type: 'fill', source: 'countries', filter: ['==', ['id'], 156], paint: { 'fill-color': '#fbf8f1' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#aaa397', 'line-width': 0.6 } },
    ],
  },
  bounds: [[-10, -6], [142, 60]],
  fitBoundsOptions: { padding: 16 },
  minZoom: 1,
  maxZoom: 9,
});

let layers: Layer[] = [];
let basemapSettled = false;
const markFirstFullRender = () => {
  if (document.documentElement.dataset.mapReady) return;
  if (!basemapSettled || !map.loaded() || layers.length === 0 || !layers.every((l) => l.isLoaded)) return;
  performance.mark('first-full-render');
  document.documentElement.dataset.mapReady = 'true';
  startFlows?.();
};
// Drawn means: the basemap's sources loaded and a deck frame with every layer loaded.
const overlay = new MapLibreOverlay({ interleaved: true, layers: [], onAfterRender: markFirstFullRender });
map.addControl(overlay);
const setLayers = (next: Layer[]) => {
  layers = next;
  overlay.setProps({ layers: next });
};

const styleLoaded = new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));
async function attachBasemap() {
  const [topology] = await Promise.all([countriesLoaded, styleLoaded]);
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  for (const f of countries.features) if (f.id !== undefined) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  (map.getSource('countries') as maplibregl.GeoJSONSource).setData(countries);
  (map.getSource('borders') as maplibregl.GeoJSONSource).setData({ type: 'Feature', properties: {}, geometry: borders });
  basemapSettled = true;
}

let startFlows: (() => void) | null = null;

async function addLayers() {
  const atlas = await atlasLoaded;
  const d = baselineData(atlas);
  let year = BASELINE_YEAR;
  let time = 0;
  let running = tripsPerLine === null;
  slider.min = String(atlas.firstYear);
  slider.max = String(atlas.lastYear);
  slider.value = String(year);
  const filtered = (filter: unknown) => ({ extensions: FILTER, filterRange: [1, 1] as [number, number], getFilterValue: filter, updateTriggers: { getFilterValue: year } });
  const base = (): Layer[] => [
    new PathLayer({ id: 'lines', data: d.lines, getPath: (l) => l.path, getColor: [0, 114, 178, 215], getWidth: 2.5,
      widthUnits: 'pixels', capRounded: true, jointRounded: true, ...filtered(d.startedBy(year)) }),
    new ScatterplotLayer({ id: 'stops', data: d.stops, getPosition: (s) => s.lngLat, getRadius: 4, radiusUnits: 'pixels',
      getFillColor: [0, 114, 178, 255], ...filtered(d.startedBy(year)) }),
    new ScatterplotLayer({ id: 'ports', data: d.ports, getPosition: (p) => p.lngLat, getRadius: 5, radiusUnits: 'pixels',
      getFillColor: [90, 90, 90, 255], ...filtered(d.portShown(year)) }),
    new ScatterplotLayer({ id: 'cities', data: d.cities, getPosition: (c) => c.lngLat, getRadius: 7, radiusUnits: 'pixels',
      stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1.5, getFillColor: [68, 1, 84, 245], getLineColor: [255, 255, 255, 255],
      ...filtered(d.cityShown(year)) }),
    new TextLayer({ id: 'city-names', data: d.cities, getPosition: (c) => c.lngLat, getText: (c) => c.nameEn, getSize: 12,
      sizeUnits: 'pixels', getPixelOffset: [10, 0], getTextAnchor: 'start', getAlignmentBaseline: 'center',
      getColor: [34, 34, 40, 255], outlineWidth: 3, outlineColor: [255, 255, 255, 255], fontSettings: { sdf: true },
      fontFamily: '"Noto Sans CJK SC", sans-serif', characterSet: 'auto', ...filtered(d.cityShown(year)) }),
  ];
  let baseLayers = base();
  const trips = () => new TripsLayer({ id: 'flows', data: d.trips, getPath: (t) => t.path, getTimestamps: (t) => t.timestamps,
    getColor: [0, 114, 178], widthUnits: 'pixels', getWidth: 3, trailLength: TRAIL, currentTime: (time % LOOP) + LOOP / 2,
    ...filtered(d.startedBy(year)) });
  const draw = () => setLayers(tripsPerLine === null ? [baseLayers[0]!, trips(), ...baseLayers.slice(1)] : baseLayers);

  slider.addEventListener('input', () => {
    year = Number(slider.value);
    baseLayers = base();
    draw();
  });
  pauseButton.addEventListener('click', () => (running = false));

  if (flowsLoaded && tripsPerLine !== null) {
    const flows = (await flowsLoaded).flowAnimation(atlas, tripsPerLine, baseLayers);
    setLayers(flows.layers);
    startFlows = () => flows.start(setLayers, () => map.triggerRepaint());
    return;
  }
  draw();
  // The page's own flow clock, as cheap as a flow animation can be: one new TripsLayer per frame.
  startFlows = () => {
    let last = performance.now();
    const step = (now: number) => {
      if (!running) return;
      time += Math.min(now - last, STEP_MAX) * SPEED;
      last = now;
      draw();
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
}

Promise.all([attachBasemap(), addLayers()]).then(
  () => map.triggerRepaint(),
  (e: Error) => {
    document.documentElement.dataset.mapError = e.message;
    console.error(`baseline failed: ${e.message}`);
  },
);
