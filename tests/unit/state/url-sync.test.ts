import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import { YEAR_SETTLE_MS, startUrlSync } from '../../../src/state/url-sync';

/** A window whose history records what was pushed and replaced. */
function fakeWindow() {
  const entries: string[] = [''];
  const location = { pathname: '/', search: '', hash: '' };
  const write = (how: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    location.search = url.slice(1);
    if (how === 'push') entries.push(location.search);
    else entries[entries.length - 1] = location.search;
  };
  const win = {
    location,
    history: { pushState: write('push'), replaceState: write('replace') },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win: win as unknown as Parameters<typeof startUrlSync>[1], entries };
}

/** A store whose address bar sync writes to a fake window's history. */
function synced() {
  const store = createAppStore();
  const { win, entries } = fakeWindow();
  return { store, entries, stop: startUrlSync(store, win) };
}

describe('address bar sync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('navigator', { language: 'en-GB' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('a run of year changes makes one history entry, once the year settles', () => {
    const { store, entries, stop } = synced();
    for (const year of [2018, 2019, 2020, 2021]) store.setState({ year });
    expect(entries).toEqual(['']);
    vi.advanceTimersByTime(YEAR_SETTLE_MS);
    expect(entries).toEqual(['', '?year=2021']);
    stop();
  });

  test('another action right after a year change keeps both as separate entries, in order', () => {
    const { store, entries, stop } = synced();
    store.setState({ year: 2024 });
    store.setState({ selection: { kind: 'city', id: 'shanghai' } });
    expect(entries).toEqual(['', '?year=2024', '?year=2024&select=city%3Ashanghai']);
    vi.advanceTimersByTime(YEAR_SETTLE_MS);
    expect(entries).toHaveLength(3);
    stop();
  });

  test('playback makes one entry that follows its years; back returns to the year it started from', () => {
    const { store, entries, stop } = synced();
    store.setState({ year: 2020 });
    vi.advanceTimersByTime(YEAR_SETTLE_MS);
    store.getState().play();
    for (let i = 0; i < 20; i++) {
      store.getState().tick();
      vi.advanceTimersByTime(1200);
      if (!store.getState().isPlaying) store.getState().play();
    }
    // 2020 → 2026, then again from 2018, now at 2024: one entry, showing 2024.
    expect(entries).toEqual(['', '?year=2020', '?year=2024']);
    // A year chosen by hand afterwards is an entry of its own again.
    store.getState().pause();
    store.getState().stepYear(-1);
    vi.advanceTimersByTime(YEAR_SETTLE_MS);
    expect(entries).toHaveLength(4);
    stop();
  });

  test('an action during playback keeps its entry; playback goes on in a new one', () => {
    const { store, entries, stop } = synced();
    store.getState().setYear(2018);
    vi.advanceTimersByTime(YEAR_SETTLE_MS);
    store.getState().play();
    store.getState().tick();
    store.setState({ selection: { kind: 'city', id: 'ningbo' } });
    store.getState().tick();
    store.getState().tick();
    expect(entries.slice(2)).toEqual(['?year=2019', '?year=2019&select=city%3Aningbo', '?year=2021&select=city%3Aningbo']);
    stop();
  });

  test('camera moves replace the current entry', () => {
    const { store, entries, stop } = synced();
    store.setState({ selection: { kind: 'city', id: 'ningbo' } });
    store.setState({ camera: { lng: 100, lat: 30, zoom: 3 } });
    expect(entries).toEqual(['', '?select=city%3Aningbo&view=100%2C30%2C3']);
    stop();
  });
});
