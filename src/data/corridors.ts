/**
 * The corridors, in the order the map draws them and the legends list them. Adding a corridor is one entry
 * here, its rows in data/ (corridors.csv, lines, stats) and, where its routing differs, a route family.
 * Colours are Okabe–Ito hues, distinguishable under the common colour-vision deficiencies.
 */
export const CORRIDORS = {
  srm: {
    /** Line ids of the corridor start with this code: SRM-L1. */
    lineCode: 'SRM',
    css: '#0072B2',
    /** A thin centre stripe, so corridors differ by pattern as well as colour; null = a plain line. Sea lanes: white. */
    stripeCss: 'rgba(255,255,255,0.9)',
    /**
     * The figure that sets the corridor's flow density. Silk Road Maritime publishes no yearly volume (one
     * part-year TEU figure for 2021), so it uses the number of named routes in service: breadth on its own scale.
     */
    flowMetric: 'named_routes',
  },
  cre: { lineCode: 'CRE', css: '#D55E00', stripeCss: null, flowMetric: 'trains_per_year' },
  /** The Land–Sea Corridor carries a dark stripe. */
  lsc: { lineCode: 'LSC', css: '#009E73', stripeCss: 'rgba(20,40,30,0.785)', flowMetric: 'trains_per_year' },
} as const satisfies Record<string, CorridorSpec>;

export type CorridorSpec = {
  lineCode: string;
  css: string;
  stripeCss: string | null;
  /** Rail figures share one scale (trains_per_year); any other metric is a scale of its own. */
  flowMetric: 'trains_per_year' | 'named_routes';
};

export type CorridorKey = keyof typeof CORRIDORS;
/** The corridor ids in registry order; a non-empty tuple, so zod can make an enum of it. */
export const CORRIDOR_KEYS = Object.keys(CORRIDORS) as [CorridorKey, ...CorridorKey[]];

/** A line id without anchors: the corridor's code, a letter and a digit (CRE-W1). */
export const LINE_ID_SOURCE = `(?:${CORRIDOR_KEYS.map((id) => CORRIDORS[id].lineCode).sort().join('|')})-[A-Z]\\d`;
export const LINE_ID_PATTERN = new RegExp(`^${LINE_ID_SOURCE}$`);
