import type { PathLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import type { CorridorId, Line } from '../../data/schema';
import { linePath } from '../../data/line-path';
import { CORRIDOR_STRIPE, corridorColor } from '../../cartography/palette';
import { lineShownFrom, startYearUnknown } from '../../data/line-years';
import { LAYER_IDS } from './layer-ids';


/**
 * Indicative and illustrative alignments are dashed: the route is real, the exact track is not sourced.
 * A line whose start year no source gives is dotted: it is drawn in every year (see data/line-years.ts).
 */
export const dashOf = (line: Line): [number, number] =>
  startYearUnknown(line) ? [1, 2] : line.alignment === 'sourced' ? [0, 0] : [4, 3];

export const corridorLayerProps = (
  corridorId: CorridorId, lines: Line[], year: number, selectedId: string | null, visible: boolean,
): PathLayerProps<Line> & DataFilterExtensionProps<Line> & PathStyleExtensionProps<Line> => ({
  id: LAYER_IDS.corridor(corridorId), data: lines, visible, pickable: true,
  getPath: linePath, getColor: (l) => corridorColor(corridorId, l.id === selectedId ? 255 : 215),
  getWidth: (l) => (l.id === selectedId ? 5 : 2.5), widthUnits: 'pixels', capRounded: true, jointRounded: true,
  getDashArray: dashOf, dashJustified: true,
  getFilterValue: lineShownFrom, filterRange: [0, year],
  updateTriggers: { getColor: selectedId, getWidth: selectedId },
});

/** A thin centre stripe (see data/corridors.ts), so corridors differ by pattern as well as colour. */

export const corridorStripeProps = (
  corridorId: CorridorId, lines: Line[], year: number, visible: boolean,
): PathLayerProps<Line> & DataFilterExtensionProps<Line> => ({
  id: `${LAYER_IDS.corridor(corridorId)}-stripe`, data: lines, pickable: false,
  visible: visible && CORRIDOR_STRIPE[corridorId] !== null,
  getPath: linePath, getColor: CORRIDOR_STRIPE[corridorId] ?? [0, 0, 0, 0], getWidth: 1, widthUnits: 'pixels',
  getFilterValue: lineShownFrom, filterRange: [0, year],
});
