import type { StateCreator } from 'zustand';
import { clampStep, stepAt, targetOf, viewCameraOf } from '../story/story-controller';
import { clampYear } from '../timeline/timeline-controller';
import type { AppState } from './store';

/** The tabs of the side panel. */
export type PanelId = 'overview' | 'figures' | 'corridors' | 'routes' | 'story' | 'measures';
export const PANEL_IDS: readonly PanelId[] = ['overview', 'figures', 'corridors', 'routes', 'story', 'measures'];

export type StorySlice = {
  panel: PanelId;
  /** The story step shown (1-based), or null outside the story. */
  story: number | null;
  /** The measure whose cities are highlighted. */
  measure: string | null;
  setPanel: (panel: PanelId) => void;
  goToStep: (n: number) => void;
  exitStory: () => void;
  selectMeasure: (id: string | null) => void;
};

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set, get) => ({
  panel: 'overview',
  story: null,
  measure: null,
  setPanel: (panel) => set({ panel }),
  goToStep: (n) => {
    const steps = get().atlas?.storySteps ?? [];
    const step = stepAt(steps, clampStep(n, steps.length));
    if (!step) return;
    const target = targetOf(step);
    set({
      story: step.step, panel: 'story', year: clampYear(get().years, target.year), camera: viewCameraOf(target),
      isPlaying: false, measure: null,
    });
  },
  exitStory: () => set({ story: null }),
  selectMeasure: (measure) => set({ measure }),
});
