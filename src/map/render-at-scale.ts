import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ExportScale } from '../state/capture-slice';
import { copyCanvas } from '../lib/canvas';

const IDLE_WAIT_MS = 8000;

/** The parts of a maplibre Map used here. `setPixelRatio(null)` goes back to following devicePixelRatio. */
export type SnapshotMap = Pick<MaplibreMap, 'getCanvas' | 'getContainer' | 'getPixelRatio' | 'once' | 'off' | 'triggerRepaint'> & {
  setPixelRatio(pixelRatio: number | null): void;
};
/** deck.gl's luma.gl Device (from MapLibreOverlay's `onDeviceInitialized`), reduced to what is used. */
export type DeckDevice = { getDefaultCanvasContext(): { setDrawingBufferSize(width: number, height: number): void } };

/**
 * Interleaved deck.gl draws into maplibre's canvas but learns its size only from a ResizeObserver, which
 * a pixel-ratio change does not trigger (the CSS size stays); without this deck draws into a corner.
 */
const syncDeck = (device: DeckDevice | null, canvas: HTMLCanvasElement) =>
  device?.getDefaultCanvasContext().setDrawingBufferSize(canvas.width, canvas.height);

/**
 * Waits for the map to settle (or a timeout, so an export never hangs), then copies the next frame it draws
 * from inside its `render` event: the drawing buffer is whole until that task ends, so the canvas needs no
 * `preserveDrawingBuffer` for the rest of the session.
 */
function copyNextFrame(map: SnapshotMap, width: number, height: number): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const copyOnRender = () => {
      try {
        // What shows behind the canvas on screen (the sea, beyond the world's edge) shows behind it in the copy.
        resolve(copyCanvas(map.getCanvas(), width, height, getComputedStyle(map.getContainer()).backgroundColor));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    const settled = () => {
      clearTimeout(timer);
      map.off('idle', settled);
      map.once('render', copyOnRender);
      map.triggerRepaint();
    };
    const timer = setTimeout(settled, IDLE_WAIT_MS);
    map.once('idle', settled);
    map.triggerRepaint();
  });
}

/**
 * Renders the map with at least `scale` device pixels per CSS pixel and returns a copy of it, sized
 * `scale` × the CSS size; the pixel ratio is then restored.
 */
export async function renderMapAtScale(map: SnapshotMap, scale: ExportScale, deckDevice: DeckDevice | null): Promise<HTMLCanvasElement> {
  const canvas = map.getCanvas();
  const width = Math.round(canvas.clientWidth * scale);
  const height = Math.round(canvas.clientHeight * scale);
  const before = map.getPixelRatio();
  // A screen with devicePixelRatio >= scale already has the pixels; more would only be scaled down.
  const raise = before < scale;
  try {
    if (raise) {
      map.setPixelRatio(scale);
      syncDeck(deckDevice, canvas);
    }
    return await copyNextFrame(map, width, height);
  } finally {
    if (raise) {
      map.setPixelRatio(before === globalThis.devicePixelRatio ? null : before);
      syncDeck(deckDevice, canvas);
      map.triggerRepaint();
    }
  }
}
