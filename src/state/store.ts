import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { FIRST_YEAR, LAST_YEAR, type Atlas } from '../data/schema';
import { clampYear, nextYear, playbackStart, playbackTick, yearRange } from '../timeline/timeline-controller';

export type LayerKey = 'cities' | 'ports' | 'srm' | 'cre' | 'lsc';
export const LAYER_KEYS: readonly LayerKey[] = ['cities', 'ports', 'srm', 'cre', 'lsc'];
import { LANGS, type Lang } from '../lib/i18n';
export { LANGS, type Lang };
export type SelectionKind = 'city' | 'port' | 'line' | 'corridor';
export type Selection = { kind: SelectionKind; id: string } | null;
/** A message to the user about input that could not be used as given. */
export type Notice = { id: number; text: string };

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export interface AppState {
  atlas: Atlas | null;
  load: LoadState;
  years: number[];
  year: number;
  isPlaying: boolean;
  layers: Record<LayerKey, boolean>;
  selection: Selection;
  lang: Lang;
  notices: Notice[];
  setAtlas: (atlas: Atlas) => void;
  setLoadError: (message: string) => void;
  setYear: (year: number) => void;
  stepYear: (delta: 1 | -1) => void;
  play: () => void;
  pause: () => void;
  tick: () => void;
  toggleLayer: (key: LayerKey) => void;
  select: (selection: Selection) => void;
  setLang: (lang: Lang) => void;
  notify: (text: string) => void;
  dismissNotice: (id: number) => void;
}

export const DEFAULT_YEAR = 2025;
let noticeSeq = 0;

export const createAppStore = (initial: Partial<AppState> = {}) =>
  createStore<AppState>()((set, get) => ({
    atlas: null,
    load: { status: 'loading' },
    years: yearRange(FIRST_YEAR, LAST_YEAR),
    year: DEFAULT_YEAR,
    isPlaying: false,
    layers: { cities: true, ports: true, srm: true, cre: true, lsc: true },
    selection: null,
    lang: 'en',
    notices: [],
    setAtlas: (atlas) => {
      const years = yearRange(atlas.firstYear, atlas.lastYear);
      set({ atlas, years, year: clampYear(years, get().year), load: { status: 'ready' } });
    },
    setLoadError: (message) => set({ load: { status: 'error', message } }),
    setYear: (year) => set({ year: clampYear(get().years, year) }),
    stepYear: (delta) => set((s) => ({ year: nextYear(s.years, s.year, delta), isPlaying: false })),
    play: () => set((s) => ({ isPlaying: true, year: playbackStart(s.years, s.year) })),
    pause: () => set({ isPlaying: false }),
    tick: () => {
      const { year, done } = playbackTick(get().years, get().year);
      set({ year, isPlaying: !done });
    },
    toggleLayer: (key) => set((s) => ({ layers: { ...s.layers, [key]: !s.layers[key] } })),
    select: (selection) => set({ selection }),
    setLang: (lang) => set({ lang }),
    notify: (text) => set((s) => ({ notices: [...s.notices, { id: ++noticeSeq, text }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    ...initial,
  }));

export type AppStore = ReturnType<typeof createAppStore>;
export const appStore = createAppStore();
export const useAppStore = <T,>(selector: (s: AppState) => T): T => useStore(appStore, selector);
export { useShallow };
