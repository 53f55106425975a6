import type { ExportScale } from '../export/png-export';

/** Set by the map while it exists: draws the current view at a scale and returns a copy of the canvas. */
export const mapSnapshot: { current: ((scale: ExportScale) => Promise<HTMLCanvasElement>) | null } = { current: null };
