import { useCallback, useEffect, useEffectEvent, useMemo, useReducer, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Deck, Layer, PickingInfo } from '@deck.gl/core';
import { CORRIDOR_IDS } from '../data/schema';
import { useAppStore, appStore } from '../state/store';
import {
  selectAtlas, selectCamera, selectFlowsOn, selectFocusLine, selectLang, selectLayers, selectRouteFocus, selectRouteFrom,
  selectHighlight, selectRouteTo, selectSelection, selectYear,
} from '../state/selectors';
import { useRouteResult } from '../state/use-route-result';
import type { RouteResult } from '../routing/route-query';
import type { RoutePath } from './layers/route-layer';
import { useT } from '../state/use-t';
import { buildLayers, textLangDrawn, type MapInputs } from './layers/build-layers';
import { pickedOf } from './layers/layer-ids';
import { configuredStyleUrl, offlineStyle } from './basemap';
import { attachBasemap } from './attach-basemap';
import { MAX_ZOOM, MIN_ZOOM } from './view-state';
import { tooltipFor } from './tooltip';
import { useLabelPlacement } from './use-label-placement';
import { prefersReducedMotion, useFlowClock } from './use-flow-clock';
import { useCameraSync } from './use-camera-sync';
import { defaultFrameIn, useDefaultFrame } from './use-default-frame';
import { mapLocale, relabelMapControls } from './map-locale';
import { firstFullRenderMarker } from './first-render';
import { BASEMAP } from '../cartography/palette';
import { basemapLabelChars, useLabelLang } from './use-label-font';
import { recoverFromContextLoss } from './context-loss';
import { sleepingFrames } from './sleeping-frames';
import type { DeckDevice } from './render-at-scale';
import { LABEL_FONT } from '../lib/fonts';
import { iconAtlasImage } from './layers/icon-atlas';
import { textLayerCode } from './map-code';
import { useLazyModule } from '../state/use-lazy-module';
import type { MapCapture } from '../state/store';

const PICK_RADIUS_PX = 4;
/** The overlay's Deck: a private field of @deck.gl/maplibre 9.4 (pinned), read for its public `needsRedraw`. */
const deckOf = (overlay: MapLibreOverlay) => (overlay as unknown as { _deck?: Deck })._deck;

// maplibre finds its worker through import.meta.url, which bundling breaks; point it at the emitted asset. The worker
// starts as this code loads, while the data and the page load (the basemap tiles arrived about 85 ms sooner after the
// page rendered, median of 6 loads).
maplibregl.setWorkerUrl(workerUrl);
maplibregl.prewarm();

const NO_ROUTES: RoutePath[] = [];
const routePathsOf = (result: RouteResult | null): RoutePath[] =>
  result?.status === 'found' ? result.options.map((o, index) => ({ id: o.id, path: o.path, index })) : NO_ROUTES;

/** What a click on the map does: a line opens its corridor panel; a point opens its details. */
function onPick(info: PickingInfo) {
  const { select, openCorridor } = appStore.getState();
  const picked = pickedOf(info);
  if (picked?.kind === 'line') openCorridor(picked.object.corridorId, picked.object.id);
  else select(picked ? { kind: picked.kind, id: picked.object.id } : null);
}

/** `cooperative`: in an embed the page scrolls past the map; wheel zoom needs a modifier or a first click. */
export function MapView({
  attribution, cooperative = false, animateCamera = true,
}: { attribution: string; cooperative?: boolean; animateCamera?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapLibreOverlay | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const [mapGeneration, remountMap] = useReducer((n: number) => n + 1, 0);
  // Names, labels and flows join once the map's first full frame has drawn.
  const [firstFrameDrawn, setFirstFrameDrawn] = useState(false);
  const atlas = useAppStore(selectAtlas);
  const year = useAppStore(selectYear);
  const chosenLayers = useAppStore(selectLayers);
  // An online style names places itself; the basemap names are for the offline one.
  const [onlineBasemap, setOnlineBasemap] = useState(false);
  const layers = useMemo(() => (onlineBasemap ? { ...chosenLayers, names: false } : chosenLayers), [chosenLayers, onlineBasemap]);
  const selection = useAppStore(selectSelection);
  const lang = useAppStore(selectLang);
  const focusLineId = useAppStore(selectFocusLine);
  const flowsOn = useAppStore(selectFlowsOn);
  const camera = useAppStore(selectCamera);
  const routeResult = useRouteResult(atlas, useAppStore(selectRouteFrom), useAppStore(selectRouteTo), year);
  const routeFocus = useAppStore(selectRouteFocus);
  const highlight = useAppStore(selectHighlight);
  const routes = useMemo(() => routePathsOf(routeResult), [routeResult]);
  const t = useT();
  const reducedMotion = prefersReducedMotion();
  const labelLang = useLabelLang(lang, atlas);
  const basemapLang = useLabelLang(lang, atlas, basemapLabelChars);
  // The names' and labels' code loads once the first frame has drawn; they join when it is in.
  const textLayer = useLazyModule(textLayerCode, firstFrameDrawn);
  const TextLayer = textLayer.status === 'ready' ? textLayer.value.TextLayer : null;
  const { cityIds: labelIds, basemapIds: basemapLabelIds } = useLabelPlacement(map, atlas, year, lang, selection, layers);
  const inputs = useRef<MapInputs | null>(null);
  const drawn = useRef<Layer[]>([]);
  // Frames drawn since the page opened, on the map element as `data-frames` for anyone who waits on drawing
  // (kept across a remount after a lost context).
  const framesDrawn = useRef(0);
  // Wakes deck's render loop (it sleeps while the map is still); replaced with each map.
  const wakeDeck = useRef(() => {});
  // Reads only refs, so one function serves every render and the flow clock.
  const draw = useCallback((flowTime: number) => {
    if (!inputs.current || !overlay.current) return;
    drawn.current = buildLayers(inputs.current, flowTime);
    overlay.current.setProps({ layers: drawn.current });
    wakeDeck.current();
  }, []);
  // The clock sleeps when nothing would move: flows paused (as they start when less motion is asked for) or every
  // corridor switched off. A reader who asks for less motion and then presses "Animate flows" sees them move.
  const anyFlowShown = CORRIDOR_IDS.some((id) => layers[id]);
  const flowTime = useFlowClock(flowsOn && anyFlowShown, draw);
  useCameraSync(map, camera, animateCamera && !reducedMotion);
  useDefaultFrame(map, atlas);

  // The map is created once (again only after a lost WebGL context); later changes flow through the overlay below,
  // so the attribution, gestures and locale it starts with are read when it is made, not watched.
  const createMap = useEffectEvent(() => {
    if (!container.current) return;
    const { notify } = appStore.getState();
    const onlineUrl = configuredStyleUrl();
    const start = appStore.getState().camera;
    // Made with the camera it will show, so its first frame is not drawn elsewhere and framed again.
    const frame = start ? null : defaultFrameIn(appStore.getState().atlas, container.current);
    const map = new maplibregl.Map({
      container: container.current,
      style: onlineUrl ?? offlineStyle(),
      ...(frame ? { bounds: frame.bounds, fitBoundsOptions: { padding: frame.padding } } : { center: [start!.lng, start!.lat] as [number, number], zoom: start!.zoom }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: { compact: true, customAttribution: attribution },
      cooperativeGestures: cooperative,
      locale: mapLocale(t),
    });
    if (cooperative) map.once('click', () => map.cooperativeGestures.disable());
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // Start with the attribution folded behind its (i) button, so it never covers the map on a phone.
    map.once('load', () => container.current?.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'));
    map.touchZoomRotate.disableRotation();
    map.dragRotate.disable();

    const settled = attachBasemap(map, onlineUrl, notify, { basemapFailed: t('basemapFailed'), onlineStyleFailed: t('onlineStyleFailed') });
    void settled.then((style) => setOnlineBasemap(style === 'online'));
    // The first full frame: a frame with the basemap and every data layer loaded.
    const markDrawn = firstFullRenderMarker(map, settled, () => setFirstFrameDrawn(true));
    // deck.gl 9.4 follows the map's moves only once it has loaded, and until the next move keeps the camera it was
    // made with: a default framing in between left hover and click picking off by the difference (1 load in 15
    // here). One 'move' right after its load (which follows this callback in the same task) hands it the map's
    // camera. Fixed upstream in deck.gl #10702, not yet released; an `onLoad` prop here would hit #10709.
    const syncPickingCamera = () => queueMicrotask(() => map.fire('move'));
    // deck's loop asks for a frame every frame, only to pick under the pointer and finish loading layers (the map's
    // frames draw them). It sleeps when nothing moves and wakes on new layers, a map frame or the pointer.
    const frames = sleepingFrames({ busy: () => !drawn.current.every((layer) => layer.isLoaded) });
    wakeDeck.current = frames.wake;
    for (const event of ['render', 'mousemove', 'mouseout'] as const) map.on(event, frames.wake);
    const deck = new MapLibreOverlay({
      // Handed on by deck to luma.gl's AnimationLoop, whose frames it sets.
      ...({ animationFrameProvider: frames.source } as object),
      interleaved: true,
      layers: [],
      onAfterRender: () => {
        markDrawn(drawn.current);
        map.getContainer().dataset.frames = String(++framesDrawn.current);
        // The map's frame has just drawn every layer as it is. deck's MapLibre overlay forgets what deck noted to
        // redraw after a camera move, not after a frame, so deck's loop asked the map for one more, identical frame
        // (after the first full render: 1 of the 7 frames of a load).
        deckOf(deck)?.needsRedraw({ clearRedrawFlags: true });
      },
      getTooltip: (info: PickingInfo) => tooltipFor(info, appStore.getState().lang),
      // Exports at 2× resize deck's drawing buffer through its device.
      onDeviceInitialized: (device: unknown) => {
        deckDevice = device as DeckDevice;
        syncPickingCamera();
      },
    });
    let deckDevice: DeckDevice | null = null;
    // Clicks go through the map and pick with a few pixels of slack, so thin lines are easy to hit
    // (and picking does not depend on deck's own click detection while the flows redraw every frame).
    map.on('click', (e) => onPick(overlay.current?.pickObject({ x: e.point.x, y: e.point.y, radius: PICK_RADIUS_PX }) ?? ({} as PickingInfo)));
    // What the exports and the handout may ask of this map while it is mounted; the capture code loads on first use.
    const capture: MapCapture = {
      snapshot: (scale) => import('./render-at-scale').then((m) => m.renderMapAtScale(map, scale, deckDevice)),
      view: () => {
        const c = map.getCenter();
        const box = map.getContainer();
        return { width: box.clientWidth, height: box.clientHeight, center: [c.lng, c.lat], zoom: map.getZoom() };
      },
    };
    appStore.getState().setMapCapture(capture);
    map.addControl(deck);
    overlay.current = deck;
    const stopRecovery = recoverFromContextLoss(map, overlay, remountMap);
    setMap(map);
    // Where the map looks, on the page for anyone who reads it (tests place points with it).
    const showCamera = () => {
      const c = map.getCenter();
      map.getContainer().dataset.camera = `${c.lng},${c.lat},${map.getZoom()}`;
    };
    showCamera();
    map.on('moveend', showCamera);
    map.on('resize', showCamera);
    return () => {
      stopRecovery();
      appStore.getState().releaseMapCapture(capture);
      overlay.current = null;
      setMap(null);
      map.remove();
    };
  });
  useEffect(() => createMap(), [mapGeneration]);

  // The data is drawn at once; the labels join when their font is in.
  useEffect(() => {
    if (!atlas) return;
    inputs.current = {
      atlas, year, layers, selection, lang: labelLang, basemapLang, fontFamily: LABEL_FONT, icons: iconAtlasImage(), labelIds, basemapLabelIds, focusLineId, routes, routeFocus,
      highlight, firstFrame: !firstFrameDrawn, TextLayer,
    };
    draw(flowTime.current);
    // The language the city labels are drawn in, on the map element for anyone who waits on them; empty until they join.
    if (container.current) container.current.dataset.labelLang = textLangDrawn(TextLayer && labelLang, !firstFrameDrawn) ?? '';
  }, [atlas, year, layers, selection, labelLang, basemapLang, labelIds, basemapLabelIds, focusLineId, routes, routeFocus, highlight, firstFrameDrawn, TextLayer, map, draw, flowTime]);

  // Ready for people and tests once the first full frame has drawn and the names' code is in (or has failed), and
  // the map has then come to rest (no camera move or tile still under way).
  const textSettled = textLayer.status === 'ready' || textLayer.status === 'failed';
  useEffect(() => {
    if (!map || !firstFrameDrawn || !textSettled) return;
    const ready = () => (document.documentElement.dataset.mapReady = 'true');
    map.once('idle', ready);
    map.triggerRepaint();
    return () => void map.off('idle', ready);
  }, [map, firstFrameDrawn, textSettled]);
  // Without their code the map shows its data and no names; the reader is told, and may try again.
  const sayNamesFailed = useEffectEvent(() =>
    appStore.getState().notify(t('namesCodeFailed'), { label: t('retry'), run: () => void textLayerCode.load().catch(() => undefined) }));
  useEffect(() => {
    if (textLayer.status === 'failed') sayNamesFailed();
  }, [textLayer.status]);

  useEffect(() => {
    if (map && container.current) relabelMapControls(container.current, t);
  }, [map, t]);

  // The sea's colour behind the map, where no tile draws: beyond the world's edge, or before the tiles are in.
  // The landmark is maplibre's focusable canvas, named by the locale ('Map.Title'): one region, not two of one name.
  return <div ref={container} className="map" style={{ backgroundColor: BASEMAP.sea }} />;
}
