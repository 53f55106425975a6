import { useMemo } from 'react';
import type { Atlas } from '../data/schema';
import { lazyModule } from '../lib/lazy-module';
import type { RouteResult } from '../routing/route-query';
import { useLazyModule } from './use-lazy-module';

/** The route search (and its graph library) loads only when someone compares routes; a failed load can be tried again. */
export const routeQueryModule = lazyModule(() => import('../routing/route-query'));

/** The options between `from` and `to` in `year`, or null while loading, when either end is missing or when the code failed. */
export function useRouteResult(atlas: Atlas | null, from: string | null, to: string | null, year: number): RouteResult | null {
  const wanted = !!atlas && !!from && !!to;
  const query = useLazyModule(routeQueryModule, wanted);
  return useMemo(
    () => (wanted && query.status === 'ready' ? query.value.routeResult(atlas!, from!, to!, year) : null),
    [wanted, query, atlas, from, to, year],
  );
}
