import type { StateCreator } from 'zustand';
import type { MapViewBox } from '../cartography/projection';
import type { AppState } from './store';

/** Device pixels per CSS pixel of an exported picture. */
export type ExportScale = 1 | 2;

/** What the live map offers the exports and the story handout while it is on the page. */
export type MapCapture = {
  /** Draws the current view at `scale` and returns a copy of the canvas. */
  snapshot: (scale: ExportScale) => Promise<HTMLCanvasElement>;
  /** The map's size in CSS pixels and its camera, for the vector export. */
  view: () => MapViewBox;
};

export type CaptureSlice = {
  /** Set by the map when it mounts and cleared when it unmounts; null while no map is drawn (or no WebGL). */
  mapCapture: MapCapture | null;
  setMapCapture: (capture: MapCapture | null) => void;
  /** Clears the capture only if it is still this one, so a map that unmounts late never clears its successor's. */
  releaseMapCapture: (capture: MapCapture) => void;
};

export const createCaptureSlice: StateCreator<AppState, [], [], CaptureSlice> = (set, get) => ({
  mapCapture: null,
  setMapCapture: (mapCapture) => set({ mapCapture }),
  releaseMapCapture: (capture) => {
    if (get().mapCapture === capture) set({ mapCapture: null });
  },
});
