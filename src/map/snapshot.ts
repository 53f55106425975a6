import type { ExportScale } from '../export/png-export';
import type { SvgView } from '../export/svg-map';

/** Set by the map while it exists: draws the current view at a scale and returns a copy of the canvas. */
export const mapSnapshot: { current: ((scale: ExportScale) => Promise<HTMLCanvasElement>) | null } = { current: null };

/** Set by the map while it exists: its size in CSS pixels and its camera, for the vector export. */
export const mapView: { current: (() => SvgView) | null } = { current: null };
