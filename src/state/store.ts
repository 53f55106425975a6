import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { LANGS, type Lang } from '../lib/i18n';
import { createTimelineSlice, type TimelineSlice } from './timeline-slice';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createCorridorSlice, type CorridorSlice } from './corridor-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createCaptureSlice, type CaptureSlice } from './capture-slice';

export { LANGS, type Lang };
export type { Camera, LayerKey, LoadState, Notice, Selection, SelectionKind } from './view-slice';
export { LAYER_KEYS } from './view-slice';
export type { PlaceRef } from './corridor-slice';
export { DEFAULT_YEAR } from './timeline-slice';
export { PANEL_IDS, type PanelId } from './story-slice';
export type { ExportScale, MapCapture } from './capture-slice';

export type AppState = TimelineSlice & ViewSlice & CorridorSlice & StorySlice & CaptureSlice;

export const createAppStore = (initial: Partial<AppState> = {}) =>
  createStore<AppState>()((...a) => ({
    ...createTimelineSlice(...a),
    ...createViewSlice(...a),
    ...createCorridorSlice(...a),
    ...createStorySlice(...a),
    ...createCaptureSlice(...a),
    ...initial,
  }));

export type AppStore = ReturnType<typeof createAppStore>;
export const appStore = createAppStore();
export const useAppStore = <T,>(selector: (s: AppState) => T): T => useStore(appStore, selector);
export { useShallow };
