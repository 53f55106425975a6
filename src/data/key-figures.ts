import { KEY_FIGURE_GROUPS, type KeyFigure } from './schema';

export type KeyFigureGroup = (typeof KEY_FIGURE_GROUPS)[number];
export type FigureGroup = { group: KeyFigureGroup; figures: KeyFigure[] };

/** The figures under their headings, in the panel's order; a heading without figures is left out. */
export function groupKeyFigures(figures: readonly KeyFigure[]): FigureGroup[] {
  return KEY_FIGURE_GROUPS
    .map((group) => ({ group, figures: figures.filter((f) => f.group === group) }))
    .filter((g) => g.figures.length > 0);
}

/** Figures of the given headings only, e.g. the counts of measures and cities the story shows. */
export const figuresOf = (figures: readonly KeyFigure[], groups: readonly KeyFigureGroup[]): KeyFigure[] =>
  figures.filter((f) => groups.includes(f.group));
