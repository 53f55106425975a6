/** Pure story logic: no React, no store. Steps are numbered from 1, as in `story=N`. */
import type { CorridorId, LngLat } from '../data/schema';
import type { StoryStep } from '../data/schema';
import type { Parsed } from '../lib/parsed';

/** What the app shows for a step: the year, the camera and the highlighted features. */
export type StoryTarget = {
  year: number;
  camera: { center: LngLat; zoom: number };
  highlight: { cityIds: string[]; corridorIds: CorridorId[] };
};

export const targetOf = (step: StoryStep): StoryTarget => ({
  year: step.year,
  camera: { center: [step.camera.center[0], step.camera.center[1]], zoom: step.camera.zoom },
  highlight: { cityIds: [...step.cityIds], corridorIds: [...step.corridorIds] },
});

/** The step with number `n`, or undefined when there is none. */
export const stepAt = (steps: readonly StoryStep[], n: number): StoryStep | undefined =>
  steps.find((s) => s.step === n);

/** Keeps a step number inside 1..total; a story without steps stays at 1. */
export function clampStep(n: number, total: number): number {
  if (total < 1 || !Number.isFinite(n)) return 1;
  return Math.min(Math.max(Math.round(n), 1), total);
}

export const nextStep = (current: number, total: number) => clampStep(current + 1, total);
export const prevStep = (current: number, total: number) => clampStep(current - 1, total);
export const isFirstStep = (current: number) => current <= 1;
export const isLastStep = (current: number, total: number) => current >= total;

/** Progress for a progress bar and its text ("Step n of N"). */
export const progressOf = (current: number, total: number) => ({
  current: clampStep(current, total),
  total,
  percent: total > 0 ? Math.round((clampStep(current, total) / total) * 100) : 0,
});

/** Reads the value of `story=N`: a step number that exists, or a reason. */
export function parseStoryStep(raw: string | null, total: number): Parsed<number> {
  if (raw === null || raw.trim() === '') return { status: 'missing' };
  const value = raw.trim();
  if (!/^\d{1,2}$/.test(value)) return { status: 'invalid', raw, reason: 'not a step number' };
  const n = Number(value);
  if (n < 1 || n > total) return { status: 'invalid', raw, reason: total > 0 ? `the story has steps 1–${total}` : 'the story has no steps' };
  return { status: 'valid', value: n };
}

/** Reads `story=N` from a query string such as `?year=2025&story=3`. */
export const parseStoryParam = (search: string, total: number): Parsed<number> =>
  parseStoryStep(new URLSearchParams(search).get('story'), total);

/** The link to a step, keeping the other parameters of the current query string. */
export function storyHref(search: string, n: number): string {
  const params = new URLSearchParams(search);
  params.set('story', String(n));
  return `?${params.toString()}`;
}

/** How the map moves to a step: a flight, or a jump when the user prefers reduced motion. */
export type CameraMove =
  | { method: 'flyTo'; center: LngLat; zoom: number; durationMs: number }
  | { method: 'jumpTo'; center: LngLat; zoom: number };

export const STORY_FLIGHT_MS = 2000;

export function cameraMoveTo(target: StoryTarget, reducedMotion: boolean): CameraMove {
  const { center, zoom } = target.camera;
  return reducedMotion ? { method: 'jumpTo', center, zoom } : { method: 'flyTo', center, zoom, durationMs: STORY_FLIGHT_MS };
}

/** The target camera as the store keeps it (`{ lng, lat, zoom }`); the map then flies, or jumps under reduced motion. */
export const viewCameraOf = (target: StoryTarget) => ({
  lng: target.camera.center[0], lat: target.camera.center[1], zoom: target.camera.zoom,
});
