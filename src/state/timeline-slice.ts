import type { StateCreator } from 'zustand';
import { FIRST_YEAR, LAST_YEAR } from '../data/schema';
import { clampYear, nextYear, playbackStart, playbackTick, yearRange } from '../timeline/timeline-controller';
import type { AppState } from './store';

/** The app opens on the latest year of the data. */
export const DEFAULT_YEAR = LAST_YEAR;

export type TimelineSlice = {
  years: number[];
  year: number;
  isPlaying: boolean;
  setYear: (year: number) => void;
  stepYear: (delta: 1 | -1) => void;
  play: () => void;
  pause: () => void;
  tick: () => void;
};

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set, get) => ({
  years: yearRange(FIRST_YEAR, LAST_YEAR),
  year: DEFAULT_YEAR,
  isPlaying: false,
  // A year chosen by hand leaves the story: the story's steps set the year themselves.
  setYear: (year) => set({ year: clampYear(get().years, year), story: null }),
  stepYear: (delta) => set((s) => ({ year: nextYear(s.years, s.year, delta), isPlaying: false, story: null })),
  play: () => set((s) => ({ isPlaying: true, year: playbackStart(s.years, s.year), story: null })),
  // Only a change notifies the store's subscribers: the slider pauses on every step, mostly when nothing plays.
  pause: () => {
    if (get().isPlaying) set({ isPlaying: false });
  },
  tick: () => {
    const { year, done } = playbackTick(get().years, get().year);
    set({ year, isPlaying: !done });
  },
});
