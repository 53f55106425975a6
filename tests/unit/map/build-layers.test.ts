import { describe, expect, test } from 'vitest';
import { TextLayer } from '@deck.gl/layers';
import { buildLayers, type MapInputs } from '../../../src/map/layers/build-layers';
import { LAYER_IDS } from '../../../src/map/layers/layer-ids';
import { BASEMAP_LABEL_LAYER_ID } from '../../../src/map/layers/basemap-label-layer';
import { FLOW_LAYER_ID } from '../../../src/map/layers/flow-layer';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

const atlas = loadBuiltAtlas();
const inputs = (over: Partial<MapInputs> = {}): MapInputs => ({
  atlas, year: 2026, layers: { cities: true, ports: true, srm: true, cre: true, lsc: true, places: true, names: true },
  selection: null, focusLineId: null, routes: [], routeFocus: null, highlight: { cityIds: [], corridorIds: [] },
  lang: 'en', basemapLang: 'en', fontFamily: 'sans-serif',
  // Node has no canvas to draw the icons on; the layers only pass the image on to deck.gl.
  icons: {} as HTMLCanvasElement, labelIds: new Set(['shanghai']), basemapLabelIds: new Set(), TextLayer, ...over,
});
const idsOf = (over: Partial<MapInputs>, flowTime: number | null = 0) => buildLayers(inputs(over), flowTime).map((l) => l.id);
const FLOWS = FLOW_LAYER_ID;

describe('what the map draws, and when', () => {
  test('after the first frame: names, city labels and flows with the data', () => {
    const ids = idsOf({});
    expect(ids).toContain(BASEMAP_LABEL_LAYER_ID);
    expect(ids).toContain(LAYER_IDS.cityLabels);
    expect(ids).toContain(FLOWS);
    expect(ids).toContain(LAYER_IDS.cities);
  });

  test('the first frame leaves out what can wait: names, labels and flows, not the data', () => {
    const first = idsOf({ firstFrame: true });
    expect(first).not.toContain(BASEMAP_LABEL_LAYER_ID);
    expect(first).not.toContain(LAYER_IDS.cityLabels);
    expect(first).not.toContain(FLOWS);
    expect(first).toEqual(idsOf({}).filter((id) => ![BASEMAP_LABEL_LAYER_ID, LAYER_IDS.cityLabels, FLOWS].includes(id)));
  });

  test('while the label font loads the data is drawn and the labels are not', () => {
    const ids = idsOf({ lang: null, basemapLang: null });
    expect(ids).not.toContain(LAYER_IDS.cityLabels);
    expect(ids).not.toContain(BASEMAP_LABEL_LAYER_ID);
    expect(ids).toContain(LAYER_IDS.cities);
    expect(ids).toContain(LAYER_IDS.icons);
  });

  test('until the text layer’s code is in, the data and the flows are drawn and no names or labels', () => {
    const ids = idsOf({ TextLayer: null });
    expect(ids).not.toContain(LAYER_IDS.cityLabels);
    expect(ids).not.toContain(BASEMAP_LABEL_LAYER_ID);
    expect(ids).toEqual(idsOf({}).filter((id) => ![BASEMAP_LABEL_LAYER_ID, LAYER_IDS.cityLabels].includes(id)));
  });

  test('without a flow clock there is no flow layer', () => {
    expect(idsOf({}, null)).not.toContain(FLOWS);
  });
});
