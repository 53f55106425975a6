import type { City } from '../data/schema';
import { firstYearOf } from '../data/records';
import type { Lang } from '../lib/i18n';

/** A label that wants a place on screen: its anchor point in pixels and how much it matters. */
export type LabelCandidate = { id: string; x: number; y: number; text: string; priority: number };

/** How the map draws a city and its label; the placement reserves exactly this room. */
export const CITY_MARK = { dotRadiusPx: 7, fontPx: 12, labelOffsetPx: 10 } as const;
const FONT_PX = CITY_MARK.fontPx;
const GAP_PX = 2;
/** Rough text width: CJK glyphs are square, Latin ones about 0.6 em. */
export const textWidth = (text: string) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? FONT_PX : FONT_PX * 0.6), 0);

export type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const cityLabelBox = (c: LabelCandidate, offsetPx: number): Box => ({
  x0: c.x + offsetPx - GAP_PX, x1: c.x + offsetPx + textWidth(c.text) + GAP_PX,
  y0: c.y - FONT_PX / 2 - GAP_PX, y1: c.y + FONT_PX / 2 + GAP_PX,
});
const dotBox = (c: LabelCandidate, r: number): Box => ({ x0: c.x - r, x1: c.x + r, y0: c.y - r, y1: c.y + r });

/** What the city layer covers: every dot and the labels that were placed; other labels keep clear of these. */
export const cityBoxes = (
  candidates: readonly LabelCandidate[], shown: ReadonlySet<string>, offsetPx: number = CITY_MARK.labelOffsetPx, dotRadiusPx: number = CITY_MARK.dotRadiusPx,
): Box[] => [
  ...candidates.map((c) => dotBox(c, dotRadiusPx)),
  ...candidates.filter((c) => shown.has(c.id)).map((c) => cityLabelBox(c, offsetPx)),
];

/**
 * Greedy declutter: labels sit to the right of their point; higher priority places first and
 * a label that would overlap one already placed is left out. Returns the ids that fit.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[], offsetPx: number = CITY_MARK.labelOffsetPx, dotRadiusPx: number = CITY_MARK.dotRadiusPx,
): Set<string> {
  // Every point's dot is an obstacle too, so a label never covers another city.
  const dots = candidates.map((c) => ({ id: c.id, box: dotBox(c, dotRadiusPx) }));
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const box = cityLabelBox(c, offsetPx);
    if (placed.some((p) => overlaps(p, box)) || dots.some((d) => d.id !== c.id && overlaps(d.box, box))) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}

export const cityName = (c: City, lang: Lang) => (lang === 'zh' ? c.nameZh : c.nameEn);

/** Labels that would overlap give way: the selected city first, then cities added this year, then earlier cohorts. */
export const labelPriority = (year: number, selectedId: string | null) => (c: City) =>
  c.id === selectedId ? 1000 : firstYearOf(c) === year ? 500 : 100 - ((firstYearOf(c) ?? year) - 2000);
