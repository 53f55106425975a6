import type { PathLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import { CORRIDOR_IDS, type CorridorId, type Line } from '../../data/schema';
import { linePath } from '../../data/line-path';
import { CORRIDOR_STRIPE, corridorColor, type RGBA } from '../../cartography/palette';
import { lineShownFrom, startYearUnknown } from '../../data/line-years';
import { memoizeLast } from '../../lib/memo';
import { LAYER_IDS } from './layer-ids';
import { anyCorridorShown, corridorFilterValue, corridorShown, visibilityKey, type CorridorVisibility } from './node-layer';

/**
 * A corridor fades while a story step or measure talks about other corridors: as a layer at a quarter opacity,
 * which deck.gl applies as opacity^(1/2.2), so it keeps about half its alpha.
 */
export const FADED_ALPHA = 0.25 ** (1 / 2.2);

/**
 * Indicative and illustrative alignments are dashed: the route is real, the exact track is not sourced.
 * A line whose start year no source gives is dotted: it is drawn in every year (see data/line-years.ts).
 */
export const dashOf = (line: Line): [number, number] =>
  startYearUnknown(line) ? [1, 2] : line.alignment === 'sourced' ? [0, 0] : [4, 3];

/** Every line, corridor by corridor in `CORRIDOR_IDS` order: one layer draws them in the order three layers did. */
export const linesInCorridorOrder = memoizeLast((lines: readonly Line[]): Line[] =>
  CORRIDOR_IDS.flatMap((id) => lines.filter((l) => l.corridorId === id)));

const fades = (highlighted: readonly CorridorId[], id: CorridorId) => highlighted.length > 0 && !highlighted.includes(id);
const fadedIf = ([r, g, b, a]: RGBA, faded: boolean): RGBA => [r, g, b, faded ? Math.round(a * FADED_ALPHA) : a];
const lineFilterValue = (visible: CorridorVisibility) => (l: Line) => corridorFilterValue(visible, l.corridorId, lineShownFrom(l));

/**
 * The corridors' lines, all in one layer; `lines` in corridor order (`linesInCorridorOrder`). A year changes only the
 * filter range; toggles, fading and the focused line recompute attributes.
 */
export const corridorLayerProps = (
  lines: readonly Line[], year: number, selectedId: string | null, visible: CorridorVisibility, highlighted: readonly CorridorId[],
): PathLayerProps<Line> & DataFilterExtensionProps<Line> & PathStyleExtensionProps<Line> => ({
  id: LAYER_IDS.corridors, data: lines, visible: anyCorridorShown(visible), pickable: true,
  getPath: linePath,
  getColor: (l) => fadedIf(corridorColor(l.corridorId, l.id === selectedId ? 255 : 215), fades(highlighted, l.corridorId)),
  getWidth: (l) => (l.id === selectedId ? 5 : 2.5), widthUnits: 'pixels', capRounded: true, jointRounded: true,
  getDashArray: dashOf, dashJustified: true,
  getFilterValue: lineFilterValue(visible), filterRange: [0, year],
  updateTriggers: { getColor: [selectedId, highlighted.join()], getWidth: selectedId, getFilterValue: visibilityKey(visible) },
});

const stripedLines = memoizeLast((lines: readonly Line[]) => lines.filter((l) => CORRIDOR_STRIPE[l.corridorId] !== null));

/** A thin centre stripe (see data/corridors.ts), so corridors differ by pattern as well as colour. */
export const corridorStripeProps = (
  lines: readonly Line[], year: number, visible: CorridorVisibility, highlighted: readonly CorridorId[],
): PathLayerProps<Line> & DataFilterExtensionProps<Line> => ({
  id: LAYER_IDS.corridorStripes, data: stripedLines(lines), pickable: false,
  visible: CORRIDOR_IDS.some((id) => corridorShown(visible, id) && CORRIDOR_STRIPE[id] !== null),
  getPath: linePath, getColor: (l) => fadedIf(CORRIDOR_STRIPE[l.corridorId] ?? [0, 0, 0, 0], fades(highlighted, l.corridorId)),
  getWidth: 1, widthUnits: 'pixels',
  getFilterValue: lineFilterValue(visible), filterRange: [0, year],
  updateTriggers: { getColor: highlighted.join(), getFilterValue: visibilityKey(visible) },
});
