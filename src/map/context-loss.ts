import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { appStore } from '../state/store';
import { translator } from '../lib/i18n';

type OverlayRef = { current: MapLibreOverlay | null };

/** The text of the notice shown while the map is being rebuilt; shared by the old map and its replacement. */
let pendingNotice: string | null = null;

function dismissPendingNotice() {
  const { notices, dismissNotice } = appStore.getState();
  const shown = notices.find((n) => n.text === pendingNotice);
  if (shown) dismissNotice(shown.id);
  pendingNotice = null;
}

/**
 * maplibre restores its own style after a lost WebGL context comes back, but deck.gl's interleaved overlay
 * cannot be restored on the same context: luma.gl keeps compiled programs and a cache of GL state on the
 * context object, and both are stale after the loss. So while the context is lost the overlay is detached and
 * the user is told; once it is restored `remount` replaces the whole map (a new canvas, a fresh context).
 * The notice goes once the replacement map has drawn. Returns a function that stops watching.
 */
export function recoverFromContextLoss(map: MaplibreMap, overlay: OverlayRef, remount: () => void): () => void {
  if (pendingNotice) map.once('idle', dismissPendingNotice);

  const onLost = () => {
    const old = overlay.current;
    overlay.current = null;
    // With the context gone, deck's clean-up cannot reach the GPU; it only has to let go of the map.
    try {
      if (old) map.removeControl(old);
    } catch {
      /* its layers went with the lost style */
    }
    const { notify, lang } = appStore.getState();
    if (!pendingNotice) {
      pendingNotice = translator(lang)('mapContextLost');
      notify(pendingNotice);
    }
  };

  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', remount);
  return () => {
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', remount);
    map.off('idle', dismissPendingNotice);
  };
}
