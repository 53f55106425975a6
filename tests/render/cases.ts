import type { Atlas, CorridorStat, Line, LngLat } from '../../src/data/schema';
import type { MapInputs } from '../../src/map/layers/build-layers';
import { makeAtlas, makeCity, makeCityYear, makeLine, makePort } from '../fixtures/atlas';

/** A render case: one layer of the map, a fixed camera and a small canvas. None of these are real facts. */
export type RenderCase = {
  camera: { longitude: number; latitude: number; zoom: number };
  /** The basemap alone (MapLibre with the offline countries), no data layers. */
  basemap?: boolean;
  atlas: Atlas;
  layers: MapInputs['layers'];
  /** The flows' clock; null hides them. */
  flowTime: number | null;
  /** What a story step talks about (default: nothing, no corridor fades). */
  highlight?: MapInputs['highlight'];
};

export const RENDER_SIZE = { width: 256, height: 192 };
export const RENDER_YEAR = 2026;
/** The shipped label font (the app's own family, loaded from @fontsource by the harness). */
export const RENDER_FONT = '"Noto Sans SC", sans-serif';

const NONE = { cities: false, ports: false, srm: false, cre: false, lsc: false, places: false, names: false };
const trainsPerYear = (value: number): CorridorStat => ({
  corridorId: 'cre', year: RENDER_YEAR, metric: 'trains_per_year', value, valueMax: null, unit: 'trains',
  qualifier: 'exact', asOf: null, status: 'confirmed', sourceIds: ['S01'], note: '',
});
const railLine = makeLine({ id: 'CRE-W1', corridorId: 'cre', startYear: 2015 });
const landSeaLine = makeLine({ id: 'LSC-R1', corridorId: 'lsc', nameEn: 'Test land–sea line', startYear: 2015 });
const CAMERA_ON_LINE = { longitude: 90, latitude: 38, zoom: 2.6 };
const shifted = (line: Line, dLat: number): Line => {
  const move = ([lng, lat]: LngLat): LngLat => [lng, lat + dLat];
  return { ...line, nodes: line.nodes.map((n) => ({ ...n, lngLat: move(n.lngLat) })), legs: line.legs.map((leg) => ({ ...leg, path: leg.path.map(move) })) };
};

export const RENDER_CASES: Record<string, RenderCase> = {
  /** A Land–Sea Corridor line with its dark centre stripe and its stops. */
  'corridor-line': { camera: CAMERA_ON_LINE, atlas: makeAtlas({ lines: [landSeaLine] }), layers: { ...NONE, lsc: true }, flowTime: null },
  /** A story step about the railway: its line as drawn, the land–sea line and its stripe faded. */
  'faded-corridor': {
    camera: CAMERA_ON_LINE, atlas: makeAtlas({ lines: [landSeaLine, shifted(railLine, -6)] }), layers: { ...NONE, lsc: true, cre: true },
    flowTime: null, highlight: { cityIds: [], corridorIds: ['cre'] },
  },
  /** Moving trails on a China–Europe rail line, frozen at one clock time. */
  'flow': {
    camera: CAMERA_ON_LINE, atlas: makeAtlas({ lines: [railLine], stats: [trainsPerYear(100)] }), layers: { ...NONE, cre: true }, flowTime: 400,
  },
  /** Three pilot cities: one since 2023, one new in the year (ringed), one inferred (pale), each with its label. */
  'city-dots': {
    camera: { longitude: 114, latitude: 30, zoom: 4 },
    atlas: makeAtlas({
      cities: [
        makeCity({ id: 'alpha', nameEn: 'Alpha', lngLat: [110, 32], years: [2023, 2024, 2025, 2026].map((y) => makeCityYear(y)) }),
        makeCity({ id: 'beta', nameEn: 'Beta', lngLat: [117, 31], years: [makeCityYear(2026)] }),
        makeCity({ id: 'gamma', nameEn: 'Gamma', lngLat: [113, 27], years: [makeCityYear(2026, { status: 'inferred' })] }),
      ],
    }),
    layers: { ...NONE, cities: true }, flowTime: null,
  },
  /** One port of each kind, of a pilot city (the city's dot itself hidden). */
  'ports': {
    camera: { longitude: 112, latitude: 30, zoom: 5 },
    atlas: makeAtlas({
      cities: [makeCity({ id: 'alpha', lngLat: [112, 30], years: [makeCityYear(RENDER_YEAR)] })],
      ports: (['seaport', 'river_port', 'airport', 'rail_hub', 'rail_border', 'road_border'] as const).map((kind, i) =>
        makePort({ id: `alpha-${kind}`, kind, lngLat: [110 + i * 0.8, 29.3 + (i % 2) * 1.4] })),
    }),
    layers: { ...NONE, ports: true }, flowTime: null,
  },
  /** The offline basemap: China, its neighbours and the sea, with borders. */
  'basemap': { camera: { longitude: 118, latitude: 28, zoom: 2.5 }, basemap: true, atlas: makeAtlas(), layers: NONE, flowTime: null },
};
