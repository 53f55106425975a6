import { rgb } from 'd3-color';
import { quantize } from 'd3-interpolate';
import { scaleOrdinal } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { CORRIDOR_IDS, type Atlas, type CorridorId, type PortKind } from '../data/schema';
import { CORRIDORS } from '../data/corridors';
import { cohortsOf } from '../data/records';
import { memoizeLast } from '../lib/memo';

export type RGBA = [number, number, number, number];

/** A CSS colour as deck.gl RGBA; `alpha` overrides the colour's own opacity. */
export const toRgba = (css: string, alpha?: number): RGBA => {
  const c = rgb(css);
  return [Math.round(c.r), Math.round(c.g), Math.round(c.b), alpha ?? Math.round(c.opacity * 255)];
};

const corridorTable = <T,>(value: (id: CorridorId) => T) =>
  Object.fromEntries(CORRIDOR_IDS.map((id) => [id, value(id)])) as Record<CorridorId, T>;

/** Each corridor's colour, from the registry in data/corridors.ts. */
export const CORRIDOR_CSS: Readonly<Record<CorridorId, string>> = corridorTable((id) => CORRIDORS[id].css);
/** The centre stripe the map draws on a corridor's lines, as CSS; null = a plain line. */
export const CORRIDOR_STRIPE_CSS: Readonly<Record<CorridorId, string | null>> = corridorTable((id) => CORRIDORS[id].stripeCss);
/** The same stripe as deck.gl RGBA. */
export const CORRIDOR_STRIPE: Readonly<Record<CorridorId, RGBA | null>> = corridorTable((id) => {
  const css = CORRIDOR_STRIPE_CSS[id];
  return css === null ? null : toRgba(css);
});
/** CSS background of a line swatch: dashed, dotted, or plain with the centre stripe the map draws. */
export function lineSwatchCss(line: { color: string; stripe?: string | null; dashed?: boolean; dotted?: boolean }): string {
  const { color, stripe } = line;
  if (line.dotted) return `repeating-linear-gradient(90deg, ${color} 0 2px, transparent 2px 5px)`;
  if (line.dashed) return `repeating-linear-gradient(90deg, ${color} 0 6px, transparent 6px 10px)`;
  return stripe ? `linear-gradient(to bottom, transparent 40%, ${stripe} 40%, ${stripe} 60%, transparent 60%), ${color}` : color;
}
/** CSS background of a corridor's swatch: its colour with the same centre stripe the map draws. */
export const corridorSwatch = (id: CorridorId): string => lineSwatchCss({ color: CORRIDOR_CSS[id], stripe: CORRIDOR_STRIPE_CSS[id] });
export const corridorColor = (id: CorridorId, alpha = 235): RGBA => toRgba(CORRIDOR_CSS[id], alpha);

/**
 * Cohort colours: when a city first joined. Ordered viridis steps spread evenly over the cohorts that exist
 * (not over the calendar), so neighbouring cohorts stay distinguishable; the palest end is left out for land.
 */
export type CohortPalette = { css: (firstYear: number) => string; rgba: (firstYear: number, alpha?: number) => RGBA };
export function cohortPalette(cohorts: readonly number[]): CohortPalette {
  const steps = cohorts.length > 1 ? quantize((t) => interpolateViridis(t * 0.85), cohorts.length) : [interpolateViridis(0.4)];
  const scale = scaleOrdinal<number, string>().domain(cohorts).range(steps).unknown('#777777');
  return { css: (y) => scale(y), rgba: (y, alpha = 255) => toRgba(scale(y), alpha) };
}

/** The cohort palette of an atlas, made once: the map, the legends and exports share it. */
export const cohortPaletteOf = memoizeLast((atlas: Atlas) => cohortPalette(cohortsOf(atlas)));

export const PORT_CSS = '#3b3b46';
/** Legend ink of the dashed and dotted line styles, which every corridor shares. */
export const INDICATIVE_CSS = '#555555';
export const portColor = (alpha = 230): RGBA => toRgba(PORT_CSS, alpha);
export const SELECTED_CSS = '#111111';
export const HALO: RGBA = [255, 255, 255, 255];
export const LABEL_COLOR: RGBA = [34, 34, 40, 255];

export const BASEMAP = {
  sea: '#d7e4ef',
  land: '#f4f1ea',
  china: '#fbf8f1',
  border: '#aaa397',
  coast: '#9bb0c2',
} as const;

/** Port symbols: shape tells the kind, so colour is never the only cue. SVG paths on a 24×24 box. */
export const PORT_SHAPES: Record<PortKind, string> = {
  seaport: 'M12 2 L22 12 L12 22 L2 12 Z',
  river_port: 'M12 5 L19 12 L12 19 L5 12 Z M12 9 L15 12 L12 15 L9 12 Z',
  airport: 'M12 2 L22 21 L2 21 Z',
  rail_hub: 'M3 3 H21 V21 H3 Z',
  rail_border: 'M9 2 H15 V9 H22 V15 H15 V22 H9 V15 H2 V9 H9 Z',
  road_border: 'M4 7 L7 4 L12 9 L17 4 L20 7 L15 12 L20 17 L17 20 L12 15 L7 20 L4 17 L9 12 Z',
};

