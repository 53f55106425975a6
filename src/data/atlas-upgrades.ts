import { KEY_FIGURE_GROUPS } from './schema';

/** An atlas as read from JSON, before it is parsed: nothing about it is known yet. */
export type RawAtlas = Record<string, unknown>;

/** Turns the shape `from` into the shape `from + 1`. Pure: returns a new object and never throws on odd input. */
export type AtlasUpgrade = { from: number; change: string; upgrade: (atlas: RawAtlas) => RawAtlas };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version 1 listed key figures without a heading or a quote. Each of those figures counted measures or
 * cities, and its unit names its heading; a unit that names no heading is left for the schema to reject.
 */
const keyFiguresGetGroupAndQuote = (atlas: RawAtlas): RawAtlas => {
  if (!Array.isArray(atlas.keyFigures)) return atlas;
  const groups: readonly unknown[] = KEY_FIGURE_GROUPS;
  const keyFigures = atlas.keyFigures.map((figure: unknown) => {
    if (!isRecord(figure)) return figure;
    const group = figure.group ?? (groups.includes(figure.unit) ? figure.unit : undefined);
    return { ...figure, group, quote: figure.quote ?? null };
  });
  return { ...atlas, keyFigures };
};

/** One step per schema version, in order: step i upgrades OLDEST_SCHEMA_VERSION + i. */
export const ATLAS_UPGRADES: readonly AtlasUpgrade[] = [
  { from: 1, change: 'key figures get a heading (group) and a quote', upgrade: keyFiguresGetGroupAndQuote },
];
