/**
 * The year from which a corridor line is drawn and can be routed on. A line whose start year no source gives
 * (`startYear` null) is drawn in every year, marked as "start year not found in the sources" (dotted on the map);
 * hiding it would hide a service the sources do describe, and giving it a year would invent one.
 */
export const lineShownFrom = (line: { startYear: number | null }): number => line.startYear ?? 0;
export const startYearUnknown = (line: { startYear: number | null }): boolean => line.startYear === null;
