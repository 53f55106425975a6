import { IconLayer, PathLayer, PolygonLayer, ScatterplotLayer, type IconLayerProps, type TextLayer } from '@deck.gl/layers';
import { TripsLayer } from '@deck.gl/geo-layers';
import { DataFilterExtension, PathStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Atlas, CorridorId } from '../../data/schema';
import { cohortPaletteOf } from '../../cartography/palette';
import type { Lang } from '../../lib/i18n';
import { cityLabelProps, cityLayerProps, newCityRingProps } from './city-layer';
import { corridorLayerProps, corridorStripeProps, linesInCorridorOrder } from './corridor-layer';
import { portLayerProps } from './port-layer';
import { citiesById } from '../../data/shown-in-year';
import { routeLayerProps, type RoutePath } from './route-layer';
import { highlightLayerProps } from './highlight-layer';
import { corridorNodesOf, lineNodeLayerProps } from './node-layer';
import { placeLayersProps } from './place-layers';
import { unionLayerProps } from './layer-union';
import { LAYER_IDS } from './layer-ids';
import { FLOW_FILTER_SIZE, flowLayerProps, flowTrips, flowTripsAt, trainsPerLineIn } from './flow-layer';
import { basemapLabelProps } from './basemap-label-layer';
import { basemapLabelsOf } from '../../cartography/basemap-labels';

// One instance each: a new extension object would make deck.gl rebuild the layer's shaders.
const FILTER = [new DataFilterExtension({ filterSize: 1 })];
const FLOW_FILTER = [new DataFilterExtension({ filterSize: FLOW_FILTER_SIZE })];
const FILTER_AND_DASH = [new DataFilterExtension({ filterSize: 1 }), new PathStyleExtension({ dash: true })];

type TextLayerClass = typeof TextLayer;

export type MapInputs = {
  atlas: Atlas;
  year: number;
  layers: Readonly<Record<'cities' | 'ports' | CorridorId, boolean>> & { places?: boolean; names?: boolean };
  selection: { kind: string; id: string } | null;
  /** The corridor line in focus (corridor panel), emphasised on the map. */
  focusLineId: string | null;
  /** Route comparison options to draw (stable array per result) and the one in focus. */
  routes: RoutePath[];
  routeFocus: number | null;
  /** Cities and corridors a story step or a measure talks about; other corridors fade. */
  highlight: { cityIds: readonly string[]; corridorIds: readonly CorridorId[] };
  /** The language of the city labels once their font is in (deck.gl draws a label's glyphs once); null leaves them out until then. */
  lang: Lang | null;
  /** The same for the basemap names (by default the city labels' language). */
  basemapLang?: Lang | null;
  fontFamily: string;
  /** The ports' and nodes' icons, drawn once (icon-atlas.ts). */
  icons: HTMLCanvasElement;
  /** Cities whose label fits on screen without overlapping another. */
  labelIds: ReadonlySet<string>;
  /** Country, sea and stop names that fit on screen (basemap-label-placement.ts). */
  basemapLabelIds: ReadonlySet<string>;
  /** deck.gl's text layer once its code is in (map-code.ts); no names or labels are drawn until then. */
  TextLayer: TextLayerClass | null;
  /**
   * True until the map's first full frame has drawn: the layers that can wait (names, labels, flows) are left out
   * of it, so the map shows its data after fewer shader programs are built.
   */
  firstFrame?: boolean;
};

/** deck.gl makes the atlas texture from the image itself; its type names only a URL or a texture. */
const iconAtlasOf = (inputs: MapInputs) => inputs.icons as unknown as IconLayerProps<unknown>['iconAtlas'];

type StaticLayers = { below: Layer[]; above: Layer[] };
const staticLayersCache = new WeakMap<MapInputs, StaticLayers>();

/** The language a text layer is drawn in: none in the first frame, nor before its font is in (`lang` null). */
export const textLangDrawn = (lang: Lang | null, firstFrame = false): Lang | null => (firstFrame ? null : lang);

/**
 * The only place that instantiates deck.gl layers; everything else is plain props. Every layer but the flows
 * is made once per `inputs` object, so an animation frame creates one layer, not all of them.
 * `flowTime`: the flows' animation clock; flows are hidden when null.
 */
export function buildLayers(inputs: MapInputs, flowTime: number | null): Layer[] {
  let layers = staticLayersCache.get(inputs);
  if (!layers) staticLayersCache.set(inputs, (layers = staticLayersOf(inputs)));
  const { atlas, year, layers: shown, firstFrame = false } = inputs;
  // No clock, no flows: the layer is made when they move.
  if (flowTime === null || firstFrame) return [...layers.below, ...layers.above];
  const flows = new TripsLayer({
    ...flowLayerProps(flowTripsAt(flowTrips(atlas), flowTime), year, flowTime, shown, trainsPerLineIn(atlas, year)),
    extensions: FLOW_FILTER,
  });
  return [...layers.below, flows, ...layers.above];
}

function staticLayersOf(inputs: MapInputs): StaticLayers {
  const {
    atlas, year, layers, selection, lang, basemapLang = lang, fontFamily, labelIds, basemapLabelIds, focusLineId, routes, routeFocus, highlight,
    firstFrame = false, TextLayer,
  } = inputs;
  const textIn = (textLang: Lang | null, make: (l: Lang, Text: TextLayerClass) => Layer) => {
    const drawnIn = textLangDrawn(textLang, firstFrame);
    return drawnIn === null || !TextLayer ? [] : [make(drawnIn, TextLayer)];
  };
  const palette = cohortPaletteOf(atlas);
  const selectedId = (kind: string) => (selection?.kind === kind ? selection.id : null);
  const corridorLines = linesInCorridorOrder(atlas.lines);
  const corridors = new PathLayer({
    ...corridorLayerProps(corridorLines, year, focusLineId, layers, highlight.corridorIds), extensions: FILTER_AND_DASH,
  });
  // The lines' extensions, though stripes are never dashed: one shader program serves both.
  const stripes = new PathLayer({ ...corridorStripeProps(corridorLines, year, layers, highlight.corridorIds), extensions: FILTER_AND_DASH });
  const places = placeLayersProps(atlas, year, selectedId('place'), layers.places ?? true);
  // Names of the ground come first, under every line and point of the data.
  const names = textIn(basemapLang, (l, Text) =>
    new Text({ ...basemapLabelProps(basemapLabelsOf(atlas), l, layers.names ?? true, fontFamily, basemapLabelIds), extensions: FILTER }));
  const cityLabels = textIn(lang, (l, Text) =>
    new Text({ ...cityLabelProps(atlas.cities, year, l, layers.cities, fontFamily, labelIds), extensions: FILTER }));
  return {
    // The areas' outlines take the lines' extensions: one shader program draws both.
    below: [...names, new PolygonLayer({ ...places.areas, extensions: FILTER_AND_DASH }), corridors, stripes],
    above: [
      new PathLayer({ ...places.routes, extensions: FILTER_AND_DASH }),
      new ScatterplotLayer({ ...places.markers, extensions: FILTER }),
      // Layers with nothing to draw at first are made when they get data: fewer shader programs before the first frame.
      ...(routes.length ? [new PathLayer({ ...routeLayerProps(routes, routeFocus), extensions: FILTER_AND_DASH })] : []),
      // Stops then ports, and cities then their rings: each pair one layer (layer-union.ts), drawn in this order.
      new IconLayer({
        ...unionLayerProps(LAYER_IDS.icons, [
          { pick: 'node', props: lineNodeLayerProps(corridorNodesOf(atlas), year, focusLineId, layers) },
          { pick: 'port', props: portLayerProps(atlas.ports, citiesById(atlas), year, selectedId('port'), layers.ports) },
        ]),
        extensions: FILTER, iconAtlas: iconAtlasOf(inputs),
      }),
      new ScatterplotLayer({
        ...unionLayerProps(LAYER_IDS.cities, [
          { pick: 'city', props: cityLayerProps(atlas.cities, year, selectedId('city'), layers.cities, palette) },
          { pick: 'city', props: newCityRingProps(atlas.cities, year, layers.cities, palette) },
          ...(highlight.cityIds.length ? [{ pick: 'city' as const, props: highlightLayerProps(atlas.cities, highlight.cityIds, year, layers.cities) }] : []),
        ]),
        extensions: FILTER,
      }),
      ...cityLabels,
    ],
  };
}
