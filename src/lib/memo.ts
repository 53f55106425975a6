/** Remembers the last result; recomputes only when an argument changes identity. */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => Object.is(a, lastArgs![i]))) return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

/** Caches one result per (object, year): scrubbing back and forth reuses earlier results. */
export function memoizePerYear<O extends object, R>(fn: (o: O, year: number) => R): (o: O, year: number) => R {
  const cache = new WeakMap<O, Map<number, R>>();
  return (o, year) => {
    let byYear = cache.get(o);
    if (!byYear) cache.set(o, (byYear = new Map()));
    if (!byYear.has(year)) byYear.set(year, fn(o, year));
    return byYear.get(year)!;
  };
}
