// Baseline for `npm run bench`: plain MapLibre with an interleaved deck.gl overlay, the same offline basemap
// and comparable layers from the same atlas.json, and none of the app's own code. Only `?trips=N` (flow
// cost) loads the app's flow layer code, as a separate chunk: see flows.ts.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

// maplibre finds its worker through import.meta.url, which bundling breaks; point it at the emitted asset.
maplibregl.setWorkerUrl(workerUrl);

type LngLat = [number, number];
type City = { id: string; nameEn: string; lngLat: LngLat };
type Line = { id: string; legs: { path: LngLat[] }[] };
type Atlas = { cities: City[]; lines: Line[] };

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

// The bench sizes the map like the app's map canvas (?w=&h=), so both draw the same number of pixels.
const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
if (params.has('w') && params.has('h')) {
  container.style.right = 'auto';
  container.style.bottom = 'auto';
  container.style.width = `${Number(params.get('w'))}px`;
  container.style.height = `${Number(params.get('h'))}px`;
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return (await res.json()) as T;
}

// `?trips=N`: animated flows, N trips per line (0: none, but the map still redrawn every frame).
const tripsPerLine = params.has('trips') ? Number(params.get('trips')) : null;
const flowsLoaded = tripsPerLine === null ? null : import('./flows');

const atlasLoaded = fetchJson<Atlas>('./data/atlas.json');
const countriesLoaded = fetchJson<Topology<{ countries: GeometryCollection }>>(countriesUrl);

// Same style as the app's offline basemap: sea, land, China, borders.
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: EMPTY },
      borders: { type: 'geojson', data: EMPTY },
    },
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

const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
map.addControl(overlay);

const styleLoaded = new Promise<void>((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', () => resolve())));

async function attachBasemap() {
  const [topology] = await Promise.all([countriesLoaded, styleLoaded]);
  const countries = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  for (const f of countries.features) if (f.id !== undefined) f.id = Number(f.id);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  (map.getSource('countries') as maplibregl.GeoJSONSource).setData(countries);
  (map.getSource('borders') as maplibregl.GeoJSONSource).setData({ type: 'Feature', properties: {}, geometry: borders });
}

/** Sets the layers; in `?trips=` mode returns the start of the flow animation. */
async function addLayers(): Promise<(() => void) | null> {
  const atlas = await atlasLoaded;
  const base: Layer[] = [
    new PathLayer<Line>({
      id: 'lines', data: atlas.lines, getPath: (l) => l.legs.flatMap((leg, i) => (i === 0 ? leg.path : leg.path.slice(1))),
      getColor: [0, 114, 178, 215], getWidth: 2.5, widthUnits: 'pixels', capRounded: true, jointRounded: true,
    }),
    new ScatterplotLayer<City>({
      id: 'cities', data: atlas.cities, getPosition: (c) => c.lngLat, getRadius: 7, radiusUnits: 'pixels',
      stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1.5, getFillColor: [68, 1, 84, 245], getLineColor: [255, 255, 255, 255],
    }),
    new TextLayer<City>({
      id: 'city-names', data: atlas.cities, getPosition: (c) => c.lngLat, getText: (c) => c.nameEn, getSize: 12,
      sizeUnits: 'pixels', getPixelOffset: [10, 0], getTextAnchor: 'start', getAlignmentBaseline: 'center',
      getColor: [34, 34, 40, 255], outlineWidth: 3, outlineColor: [255, 255, 255, 255], fontSettings: { sdf: true },
      fontFamily: '"Noto Sans CJK SC", sans-serif', characterSet: 'auto',
    }),
  ];
  if (!flowsLoaded || tripsPerLine === null) {
    overlay.setProps({ layers: base });
    return null;
  }
  const flows = (await flowsLoaded).flowAnimation(atlas, tripsPerLine, base);
  overlay.setProps({ layers: flows.layers });
  return () => flows.start((layers) => overlay.setProps({ layers }), () => map.triggerRepaint());
}

// Same readiness rule as the app: basemap settled, data layers set, then a drawn frame. Flows start after.
Promise.all([attachBasemap(), addLayers()]).then(
  ([, startFlows]) =>
    map.once('idle', () => {
      document.documentElement.dataset.mapReady = 'true';
      startFlows?.();
    }),
  (e: Error) => {
    document.documentElement.dataset.mapError = e.message;
    console.error(`baseline failed: ${e.message}`);
  },
);
