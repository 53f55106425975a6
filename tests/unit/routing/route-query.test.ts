import { describe, expect, test } from 'vitest';
import { KEPT_ROUTE_RESULTS, routeChoices, routeResult } from '../../../src/routing/route-query';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

describe('route results cache', () => {
  const atlas = loadBuiltAtlas();
  const { origins, destinations } = routeChoices(atlas);
  const pairs = origins.flatMap((o) => destinations.map((d) => [o.id, d.id] as const)).slice(0, KEPT_ROUTE_RESULTS + 1);

  test('asking again for a recent pair gives the same result without searching again', () => {
    const [from, to] = pairs[0]!;
    expect(routeResult(atlas, from, to, 2025)).toBe(routeResult(atlas, from, to, 2025));
  });

  test('the year is part of the query: a 2015 view is searched apart from 2025', () => {
    expect(routeResult(atlas, 'city:kunming', 'vientiane', 2015)).not.toEqual(routeResult(atlas, 'city:kunming', 'vientiane', 2025));
  });

  test('only the most recently used pairs are kept, so a long session does not pile up paths', () => {
    expect(pairs).toHaveLength(KEPT_ROUTE_RESULTS + 1);
    const [firstFrom, firstTo] = pairs[0]!;
    const [secondFrom, secondTo] = pairs[1]!;
    const first = routeResult(atlas, firstFrom, firstTo, 2025);
    const second = routeResult(atlas, secondFrom, secondTo, 2025);
    for (const [from, to] of pairs.slice(2, KEPT_ROUTE_RESULTS)) routeResult(atlas, from, to, 2025);
    routeResult(atlas, firstFrom, firstTo, 2025); // used again, so the second pair is now the oldest
    const [lastFrom, lastTo] = pairs[KEPT_ROUTE_RESULTS]!;
    routeResult(atlas, lastFrom, lastTo, 2025);
    expect(routeResult(atlas, firstFrom, firstTo, 2025)).toBe(first);
    expect(routeResult(atlas, secondFrom, secondTo, 2025)).not.toBe(second);
    expect(routeResult(atlas, secondFrom, secondTo, 2025)).toEqual(second);
  });
});
