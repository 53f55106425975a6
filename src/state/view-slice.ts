import type { StateCreator } from 'zustand';
import { CORRIDOR_IDS, type Atlas, type CorridorId } from '../data/schema';
import { catalogueLoaded, loadCatalogue, translator, type Lang } from '../lib/i18n';
import { clampYear, yearRange } from '../timeline/timeline-controller';
import type { AppState } from './store';

/** The layer switches, in the panel's order; each corridor is a switch of its own. */
export type LayerKey = 'cities' | 'ports' | CorridorId | 'places' | 'names';
export const LAYER_KEYS: readonly LayerKey[] = ['cities', 'ports', ...CORRIDOR_IDS, 'places', 'names'];
/** What the detail panel can show; a corridor line opens the corridor panel instead. */
export type SelectionKind = 'city' | 'port' | 'node' | 'place';
export type Selection = { kind: SelectionKind; id: string } | null;
/** A way to put right what a notice reports (e.g. load a part again). */
export type NoticeAction = { label: string; run: () => void };
/** A message to the user about input that could not be used as given, or a part that could not load. */
export type Notice = { id: number; text: string; action?: NoticeAction };
/** The map camera, kept so links and embeds can restore it. */
export type Camera = { lng: number; lat: number; zoom: number };
export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export type ViewSlice = {
  atlas: Atlas | null;
  load: LoadState;
  layers: Record<LayerKey, boolean>;
  selection: Selection;
  lang: Lang;
  notices: Notice[];
  /** null until the map reports it, or when the default view is shown. */
  camera: Camera | null;
  embed: boolean;
  /** The data version this view is pinned to (from the link), or null for the latest data. */
  pin: string | null;
  setAtlas: (atlas: Atlas) => void;
  setLoadError: (message: string) => void;
  toggleLayer: (key: LayerKey) => void;
  select: (selection: Selection) => void;
  setLang: (lang: Lang) => void;
  /** Shows a notice once: the same text is not shown twice. */
  notify: (text: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
  setCamera: (camera: Camera | null) => void;
};

let noticeSeq = 0;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  // The language asked for last: a slow load of an earlier choice never overrides it.
  let requestedLang: Lang | null = null;
  return {
    atlas: null,
    load: { status: 'loading' },
    layers: Object.fromEntries(LAYER_KEYS.map((key) => [key, true])) as Record<LayerKey, boolean>,
    selection: null,
    lang: 'en',
    notices: [],
    camera: null,
    embed: false,
    pin: null,
    setAtlas: (atlas) => {
      const years = yearRange(atlas.firstYear, atlas.lastYear);
      set({ atlas, years, year: clampYear(years, get().year), load: { status: 'ready' } });
    },
    setLoadError: (message) => set({ load: { status: 'error', message } }),
    toggleLayer: (key) => set((s) => ({ layers: { ...s.layers, [key]: !s.layers[key] } })),
    select: (selection) => set({ selection }),
    // A language shows once its messages are here; Chinese loads on first use.
    setLang: (lang) => {
      requestedLang = lang;
      if (catalogueLoaded(lang)) set({ lang });
      else
        loadCatalogue(lang).then(
          () => requestedLang === lang && set({ lang }),
          // The Chinese texts are what failed, so this says it in English.
          () => get().notify(translator('en')('messagesFailed'), { label: translator('en')('retry'), run: () => get().setLang(lang) }),
        );
    },
    notify: (text, action) =>
      set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: ++noticeSeq, text, ...(action ? { action } : {}) }] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    setCamera: (camera) => set({ camera }),
  };
};
