import { describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { makeAtlas } from '../../fixtures/atlas';

describe('store actions, called without React', () => {
  test('the year is clamped to the timeline', () => {
    const store = createAppStore();
    store.getState().setYear(1990);
    expect(store.getState().year).toBe(2018);
    store.getState().setYear(Number.NaN);
    expect(store.getState().year).toBe(2018);
  });
  test('stepping pauses playback; play from the last year starts over; ticks stop at the end', () => {
    const store = createAppStore({ year: 2026 });
    store.getState().play();
    expect(store.getState()).toMatchObject({ year: 2018, isPlaying: true });
    store.getState().stepYear(1);
    expect(store.getState()).toMatchObject({ year: 2019, isPlaying: false });
    store.getState().setYear(2025);
    store.getState().play();
    store.getState().tick();
    expect(store.getState()).toMatchObject({ year: 2026, isPlaying: false });
  });
  test('pause stops playback, and with nothing playing it tells no subscriber (the slider pauses on every step)', () => {
    const store = createAppStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().pause();
    expect(listener).not.toHaveBeenCalled();
    store.getState().play();
    store.getState().pause();
    expect(store.getState().isPlaying).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });
  test('loading the atlas marks it ready and keeps the year inside its range', () => {
    const store = createAppStore({ year: 2026 });
    store.getState().setAtlas(makeAtlas({ firstYear: 2018, lastYear: 2024 }));
    expect(store.getState()).toMatchObject({ year: 2024, load: { status: 'ready' } });
  });
  test('closing the corridor panel forgets its line; a new route clears the focus', () => {
    const store = createAppStore();
    store.getState().openCorridor('cre', 'CRE-W1');
    expect(store.getState()).toMatchObject({ corridor: 'cre', line: 'CRE-W1' });
    store.getState().openCorridor(null, 'CRE-W1');
    expect(store.getState()).toMatchObject({ corridor: null, line: null });
    store.getState().focusRoute(2);
    store.getState().setRoute('city:chongqing', 'duisburg');
    expect(store.getState()).toMatchObject({ routeFrom: 'city:chongqing', routeTo: 'duisburg', routeFocus: null });
  });
  test('notices pile up and go one by one', () => {
    const store = createAppStore();
    store.getState().notify('a');
    store.getState().notify('b');
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first!.id);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['b']);
  });
  test('Chinese shows once its messages are here; a later choice of English wins over it', async () => {
    // Fresh modules: other files in this worker may have loaded Chinese already.
    vi.resetModules();
    const { createAppStore } = await import('../../../src/state/store');
    const { loadCatalogue } = await import('../../../src/lib/i18n');
    const store = createAppStore();
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('en');
    store.getState().setLang('en');
    await loadCatalogue('zh');
    await Promise.resolve();
    expect(store.getState().lang).toBe('en');
    store.getState().setLang('zh');
    expect(store.getState().lang).toBe('zh');
  });
});
