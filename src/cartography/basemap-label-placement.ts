// Which basemap names fit on screen: a greedy declutter in pixels, testable without a map.
import type { Lang } from '../lib/i18n';
import { basemapLabelText, type BasemapLabel, type BasemapLabelKind } from './basemap-labels';
import type { Box } from './label-placement';
import type { RGBA } from './palette';

export type { Box };
export type Viewport = { width: number; height: number; zoom: number };

/** Size and spacing per kind; the layers and the SVG export draw with these. */
export const BASEMAP_LABEL_STYLE: Record<BasemapLabelKind, { sizePx: number; offsetPx: number }> = {
  country: { sizePx: 11, offsetPx: 0 },
  sea: { sizePx: 11, offsetPx: 0 },
  stop: { sizePx: 11, offsetPx: 7 },
};
/** Lighter than the city labels (34,34,40): names of the ground, not of the data. */
export const BASEMAP_LABEL_COLORS = {
  country: [112, 112, 118, 255],
  stop: [80, 80, 88, 255],
  sea: [74, 112, 150, 255],
} as const satisfies Record<BasemapLabelKind, RGBA>;
const GAP_PX = 3;
/** Kept clear of the canvas edges, so no name is cut. */
const EDGE_PX = 4;

const isCjk = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);
/** Rough text width: CJK glyphs are square, Latin ones about 0.6 em. */
export const labelWidth = (text: string, sizePx: number) =>
  [...text].reduce((w, ch) => w + (isCjk(ch) ? sizePx : sizePx * 0.6), 0);

/** The box a label covers: countries and seas centred on their point, stops to the right of theirs. */
export function labelBox(kind: BasemapLabelKind, x: number, y: number, text: string): Box {
  const { sizePx, offsetPx } = BASEMAP_LABEL_STYLE[kind];
  const w = labelWidth(text, sizePx);
  const x0 = kind === 'stop' ? x + offsetPx : x - w / 2;
  return { x0: x0 - GAP_PX, x1: x0 + w + GAP_PX, y0: y - sizePx / 2 - GAP_PX, y1: y + sizePx / 2 + GAP_PX };
}

export const boxesOverlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The labels that show: at or above their zoom, wholly on the canvas, clear of `obstacles` (the city dots and
 * labels) and of each other; higher priority places first. `project` gives a point's pixel, or null off screen.
 */
export function placeBasemapLabels(
  labels: readonly BasemapLabel[], lang: Lang, view: Viewport, project: (lngLat: BasemapLabel['lngLat']) => [number, number] | null,
  obstacles: readonly Box[] = [],
): Set<string> {
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = labels.filter((l) => l.minZoom <= view.zoom).sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const label of ordered) {
    const xy = project(label.lngLat);
    if (!xy) continue;
    const box = labelBox(label.kind, xy[0], xy[1], basemapLabelText(label, lang));
    const onCanvas = box.x0 >= EDGE_PX && box.y0 >= EDGE_PX && box.x1 <= view.width - EDGE_PX && box.y1 <= view.height - EDGE_PX;
    if (!onCanvas || placed.some((p) => boxesOverlap(p, box)) || obstacles.some((o) => boxesOverlap(o, box))) continue;
    placed.push(box);
    shown.add(label.id);
  }
  return shown;
}
