import { useEffect, useRef, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import { useAppStore, appStore } from '../state/store';
import { selectAtlas, selectLang, selectLayers, selectSelection, selectYear } from '../state/selectors';
import { buildLayers } from './layers/build-layers';
import { pickedKind } from './layers/layer-ids';
import { configuredStyleUrl, offlineStyle } from './basemap';
import { attachBasemap } from './attach-basemap';
import { INITIAL_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view-state';
import { tooltipFor } from './tooltip';
import { useT } from '../state/use-t';
import { useLabelPlacement } from './use-label-placement';

export const LABEL_FONT = '"Noto Sans SC", "Noto Sans CJK SC", sans-serif';

type Props = { attribution: string };

export function MapView({ attribution }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapLibreOverlay | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const atlas = useAppStore(selectAtlas);
  const year = useAppStore(selectYear);
  const layers = useAppStore(selectLayers);
  const selection = useAppStore(selectSelection);
  const lang = useAppStore(selectLang);
  const t = useT();
  const labelIds = useLabelPlacement(map, atlas, year, lang, selection);

  useEffect(() => {
    if (!container.current) return;
    const { notify, select } = appStore.getState();
    const onlineUrl = configuredStyleUrl();
    const map = new maplibregl.Map({
      container: container.current,
      style: onlineUrl ?? offlineStyle(null, null),
      bounds: INITIAL_BOUNDS,
      fitBoundsOptions: { padding: 16 },
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: { compact: true, customAttribution: attribution },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.touchZoomRotate.disableRotation();
    map.dragRotate.disable();

    const settled = attachBasemap(map, onlineUrl, notify, { basemapFailed: t('basemapFailed'), onlineStyleFailed: t('onlineStyleFailed') });
    // Ready for people and tests once the basemap has settled and a frame with the data has drawn.
    void settled.then(() => map.once('idle', () => (document.documentElement.dataset.mapReady = 'true')));

    const deck = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onClick: (info: PickingInfo) => {
        const kind = info.layer ? pickedKind(info.layer.id) : null;
        const object = info.object as { id: string } | undefined;
        select(kind && object ? { kind, id: object.id } : null);
      },
      getTooltip: (info: PickingInfo) => tooltipFor(info, appStore.getState().lang),
    });
    map.addControl(deck);
    overlay.current = deck;
    setMap(map);
    // Lets browser tests find where a place is drawn; read-only.
    (window as unknown as { corridorAtlasMap?: { project: (ll: [number, number]) => { x: number; y: number } } })
      .corridorAtlasMap = { project: (ll) => map.project(ll) };
    return () => {
      overlay.current = null;
      setMap(null);
      map.remove();
    };
    // The map is created once; later changes flow through the overlay below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!atlas || !overlay.current) return;
    overlay.current.setProps({ layers: buildLayers({ atlas, year, layers, selection, lang, fontFamily: LABEL_FONT, labelIds }) });
  }, [atlas, year, layers, selection, lang, labelIds, map]);

  return <div ref={container} className="map" role="region" aria-label={t('mapLabel')} />;
}
