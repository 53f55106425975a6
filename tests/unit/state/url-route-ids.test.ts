import { describe, expect, test, vi } from 'vitest';
import { defaultUrlState, parseUrlState } from '../../../src/state/url-state';
import { checkAgainstAtlas } from '../../../src/state/url-sync';
import { makeAtlas, makeCity, makePort } from '../../fixtures/atlas';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

const DEFAULTS = defaultUrlState('en', 2026);
const checked = (query: string, atlas = loadBuiltAtlas()) =>
  checkAgainstAtlas(parseUrlState(query, DEFAULTS).state, atlas);

describe('route ends in a link', () => {
  test('a bare id that names exactly one place is taken as that place', () => {
    const { state, problems } = checked('?from=chongqing&to=duisburg');
    expect(state).toMatchObject({ from: 'city:chongqing', to: 'duisburg' });
    expect(problems).toEqual([]);
  });

  test('the prefixed forms still work, and a foreign seaport is a destination by its bare id', () => {
    expect(checked('?from=port:qinzhou-port&to=port:rotterdam').state).toMatchObject({ from: 'port:qinzhou-port', to: 'port:rotterdam' });
    expect(checked('?from=city:ningbo&to=gdansk').state).toMatchObject({ from: 'city:ningbo', to: 'port:gdansk' });
  });

  test('an id naming nothing, or both a city and a port, falls back to none and says why', () => {
    expect(checked('?from=atlantis')).toMatchObject({ state: { from: null }, problems: [{ param: 'from', raw: 'atlantis', reason: 'not in the data' }] });
    const twin = makeAtlas({ cities: [makeCity({ id: 'twin' })], ports: [makePort({ id: 'twin' })] });
    expect(checked('?from=twin', twin)).toMatchObject({ state: { from: null }, problems: [{ param: 'from', reason: 'names both a city and a port' }] });
    expect(checked('?from=city:twin', twin).state.from).toBe('city:twin');
    expect(checked('?to=lanzhou')).toMatchObject({ state: { to: null }, problems: [{ param: 'to', reason: 'not a route destination' }] });
  });
});

test('the route destinations are worked out only for a link that names one', () => {
  const atlas = loadBuiltAtlas();
  const destinations = vi.fn(() => new Set(['duisburg']));
  checkAgainstAtlas(parseUrlState('?year=2025&from=chongqing', DEFAULTS).state, atlas, destinations);
  expect(destinations).not.toHaveBeenCalled();
  expect(checkAgainstAtlas(parseUrlState('?to=duisburg', DEFAULTS).state, atlas, destinations).state.to).toBe('duisburg');
  expect(destinations).toHaveBeenCalledTimes(1);
});
