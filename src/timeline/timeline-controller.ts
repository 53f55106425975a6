/** Pure timeline logic: no React, no store. */
export type Year = number;

export const yearRange = (first: Year, last: Year): Year[] =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

export function clampYear(years: readonly Year[], y: number): Year {
  const first = years[0] ?? y;
  const last = years[years.length - 1] ?? y;
  if (!Number.isFinite(y)) return first;
  return Math.min(Math.max(Math.round(y), first), last);
}

export function nextYear(years: readonly Year[], current: Year, delta: 1 | -1, loop = false): Year {
  const i = years.indexOf(current) + delta;
  const j = loop ? (i + years.length) % years.length : Math.min(Math.max(i, 0), years.length - 1);
  return years[j] ?? current;
}

/** Where playback starts: from the first year when the last is showing, else from here. */
export const playbackStart = (years: readonly Year[], current: Year): Year =>
  current === years[years.length - 1] ? (years[0] ?? current) : current;

/** Playback advances one year per tick and stops on the last year. */
export function playbackTick(years: readonly Year[], current: Year): { year: Year; done: boolean } {
  const year = nextYear(years, current, 1);
  return { year, done: year === years[years.length - 1] };
}

export const PLAYBACK_INTERVAL_MS = 1400;
