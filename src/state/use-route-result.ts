import { useEffect, useState } from 'react';
import type { Atlas } from '../data/schema';
import type { RouteResult } from '../routing/route-query';

type Query = typeof import('../routing/route-query');
let query: Promise<Query> | null = null;
/** The route search (and its graph library) loads only when someone compares routes. */
export const loadRouteQuery = () => (query ??= import('../routing/route-query'));

/** The options between `from` and `to` in `year`, or null while loading or when either end is missing. */
export function useRouteResult(atlas: Atlas | null, from: string | null, to: string | null, year: number): RouteResult | null {
  const [result, setResult] = useState<RouteResult | null>(null);
  useEffect(() => {
    if (!atlas || !from || !to) {
      setResult(null);
      return;
    }
    let live = true;
    void loadRouteQuery().then((q) => live && setResult(q.routeResult(atlas, from, to, year)));
    return () => {
      live = false;
    };
  }, [atlas, from, to, year]);
  return result;
}
