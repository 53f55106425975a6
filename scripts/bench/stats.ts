// The benchmark's arithmetic: medians, spreads, ratios and target checks. Pure, so it is unit-tested.

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export type Summary = { median: number; min: number; max: number; n: number };
export const summarize = (xs: readonly number[]): Summary => ({
  median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length,
});

/** a ÷ b; NaN when b is 0 or either is missing, so a broken figure never reads as a good ratio. */
export const ratio = (a: number, b: number): number => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN);

/** Change from `start` to `end` in percent of `start`. */
export const growthPct = (start: number, end: number): number => ratio(end - start, start) * 100;

/** A per-step cost with the cost of the measuring itself (a step that changes nothing) taken out, never below 0. */
export const net = (steps: readonly number[], noops: readonly number[]): number[] => {
  const floor = median(noops);
  return steps.map((s) => Math.max(0, s - (Number.isFinite(floor) ? floor : 0)));
};

export type Target = { label: string; limit: number; unit: string; value: number };
/** Met when the value is known and at most the limit. */
export const meets = (t: Target): boolean => Number.isFinite(t.value) && t.value <= t.limit;
