import { describe, expect, test } from 'vitest';
import { KEPT_ROUTE_RESULTS, routeChoices, routeResult } from '../../../src/routing/route-query';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

describe('route results cache', () => {
  const atlas = loadBuiltAtlas();
  const { origins, destinations } = routeChoices(atlas);
  const pairs = origins.flatMap((o) => destinations.map((d) => [o.id, d.id] as const)).slice(0, KEPT_ROUTE_RESULTS + 1);

  test('asking again for a recent pair gives the same result without searching again', () => {
    const [from, to] = pairs[0]!;
    expect(routeResult(atlas, from, to)).toBe(routeResult(atlas, from, to));
  });

  test('only the most recently used pairs are kept, so a long session does not pile up paths', () => {
    expect(pairs).toHaveLength(KEPT_ROUTE_RESULTS + 1);
    const [firstFrom, firstTo] = pairs[0]!;
    const [secondFrom, secondTo] = pairs[1]!;
    const first = routeResult(atlas, firstFrom, firstTo);
    const second = routeResult(atlas, secondFrom, secondTo);
    for (const [from, to] of pairs.slice(2, KEPT_ROUTE_RESULTS)) routeResult(atlas, from, to);
    routeResult(atlas, firstFrom, firstTo); // used again, so the second pair is now the oldest
    const [lastFrom, lastTo] = pairs[KEPT_ROUTE_RESULTS]!;
    routeResult(atlas, lastFrom, lastTo);
    expect(routeResult(atlas, firstFrom, firstTo)).toBe(first);
    expect(routeResult(atlas, secondFrom, secondTo)).not.toBe(second);
    expect(routeResult(atlas, secondFrom, secondTo)).toEqual(second);
  });
});
