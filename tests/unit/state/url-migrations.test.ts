import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { defaultUrlState, parseUrlState } from '../../../src/state/url-state';
import { migrateQuery, readUrlState, URL_MIGRATIONS, type UrlMigration } from '../../../src/state/url-migrations';
import { startUrlSync } from '../../../src/state/url-sync';
import { hostileQueries } from '../../fixtures/hostile-queries';

const DEFAULTS = defaultUrlState('en', 2026);

/** A rename: `yr` was once `year`'s name. Test-only, like the list it goes in. */
const renameParam = (from: string, to: string): UrlMigration => ({
  change: `${from} becomes ${to}`,
  migrate: (params) => {
    const value = params.get(from);
    if (value === null) return params;
    const next = new URLSearchParams(params);
    next.delete(from);
    if (!next.has(to)) next.set(to, value);
    return next;
  },
});

describe('URL migrations', () => {
  test('an old line selection opens that line in its corridor panel', () => {
    expect(readUrlState('?year=2024&select=line:CRE-W1', DEFAULTS)).toEqual({
      state: { ...DEFAULTS, year: 2024, corridor: 'cre', line: 'CRE-W1' }, problems: [],
    });
  });

  test('an old line selection beside another line keeps the line the link names', () => {
    expect(readUrlState('?corridor=srm&line=SRM-A1&select=line:CRE-W1', DEFAULTS).state).toMatchObject({ corridor: 'srm', line: 'SRM-A1', select: null });
  });

  test('a selection of today is left as it is', () => {
    expect(migrateQuery('?select=node:CRE-W1.15')).toBe('?select=node%3ACRE-W1.15');
    expect(readUrlState('?select=node:CRE-W1.15', DEFAULTS).state.select).toEqual({ kind: 'node', id: 'CRE-W1#15' });
  });

  test('migrations run in order, each on the output of the one before', () => {
    const chain = [renameParam('y', 'yr'), renameParam('yr', 'year')];
    expect(readUrlState('?y=2023', DEFAULTS, chain).state.year).toBe(2023);
    expect(readUrlState('?y=2023', DEFAULTS, [...chain].reverse()).problems).toEqual([]);
    expect(readUrlState('?y=2023', DEFAULTS, [...chain].reverse()).state.year).toBe(2026);
  });

  test('a renamed parameter keeps old links working, and the new name wins when both are given', () => {
    const list = [renameParam('yr', 'year')];
    expect(readUrlState('?yr=2023&lang=zh', DEFAULTS, list).state).toMatchObject({ year: 2023, lang: 'zh' });
    expect(readUrlState('?yr=2023&year=2024', DEFAULTS, list).state.year).toBe(2024);
  });

  test('a migration never changes the parameters it is given', () => {
    const params = new URLSearchParams('select=line:LSC-A1');
    for (const m of URL_MIGRATIONS) m.migrate(params);
    expect(params.toString()).toBe('select=line%3ALSC-A1');
  });

  test('with no migrations, reading a link is parsing it, for 2,000 hostile queries', () => {
    for (const query of hostileQueries(7, 2000, { allowHuge: false })) expect(readUrlState(query, DEFAULTS, [])).toEqual(parseUrlState(query, DEFAULTS));
  });

  test('the production list reads every query of today as the parser does', () => {
    for (const query of hostileQueries(11, 2000, { allowHuge: false }).filter((q) => !q.includes('line'))) {
      expect(readUrlState(query, DEFAULTS)).toEqual(parseUrlState(query, DEFAULTS));
    }
  });
});

describe('back and forward read links through the migrations', () => {
  beforeEach(() => vi.stubGlobal('navigator', { language: 'en-GB' }));
  afterEach(() => vi.unstubAllGlobals());

  test('an old entry in the history is migrated before it is applied', () => {
    const listeners: (() => void)[] = [];
    const location = { pathname: '/', search: '', hash: '' };
    const win = {
      location, history: { pushState: () => {}, replaceState: () => {} },
      addEventListener: (_: string, fn: () => void) => listeners.push(fn), removeEventListener: () => {},
    } as unknown as Parameters<typeof startUrlSync>[1];
    const store = createAppStore();
    const stop = startUrlSync(store, win, [renameParam('yr', 'year')]);
    location.search = '?yr=2021&select=line:LSC-A1';
    listeners.forEach((fn) => fn());
    expect(store.getState().year).toBe(2021);
    expect(store.getState().selection).toBeNull();
    location.search = '?select=line:LSC-A1';
    stop();
    const stopDefault = startUrlSync(store, win);
    listeners.at(-1)!();
    expect(store.getState()).toMatchObject({ corridor: 'lsc', line: 'LSC-A1', selection: null });
    stopDefault();
  });
});
