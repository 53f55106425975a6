// `?trips=N` on the baseline page: the app's own flow layer (N trips per line, its props and clock),
// animated every frame. Loaded only in that mode, so the default baseline page is unchanged.
import { TripsLayer } from '@deck.gl/geo-layers';
import { DataFilterExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Atlas } from '../../src/data/schema';
import {
  FLOW_FILTER_SIZE, flowLayerProps, flowTrips, flowTripsAt, nextFlowTime, trainsPerLineIn,
} from '../../src/map/layers/flow-layer';

// One instance, as in the app: a new extension object would rebuild the layer's shaders.
const FLOW_FILTER = [new DataFilterExtension({ filterSize: FLOW_FILTER_SIZE })];
// The app's clock advances at most this much per frame.
const MAX_STEP_MS = 100;

/** Read by the bench: trips in the data, trips running in the year, frames and rAF callback time so far. */
export type FlowStats = {
  year: number; trips: number; running: number; frames: number; workMs: number; startedAt: number | null;
};

/**
 * Flow layers over `base` for `atlas` (the same atlas.json the app loads) in its last year.
 * `tripsPerLine` 0 adds no flows: the reference, still redrawn every frame once started.
 */
export function flowAnimation(atlas: unknown, tripsPerLine: number, base: Layer[]) {
  const data = atlas as Atlas;
  const year = data.lastYear;
  const trips = tripsPerLine > 0 ? flowTrips(data, { tripsPerLine }) : [];
  const perLine = trainsPerLineIn(data, year, { tripsPerLine });
  const stats: FlowStats = {
    year,
    trips: trips.length,
    running: trips.filter((t) => t.startYear <= year && t.rank <= perLine[t.corridorId]).length,
    frames: 0, workMs: 0, startedAt: null,
  };
  (window as unknown as { __flows: FlowStats }).__flows = stats;

  // As in the app: flows drawn above the corridor lines, below cities and labels.
  const layers = (time: number): Layer[] => {
    if (trips.length === 0) return base;
    const flows = new TripsLayer({ ...flowLayerProps(flowTripsAt(trips, time), year, time, true, perLine), extensions: FLOW_FILTER });
    return [base[0]!, flows, ...base.slice(1)];
  };

  /** One rAF loop, like the app's flow clock: next time, new layer props, a map repaint. */
  const start = (setLayers: (layers: Layer[]) => void, repaint: () => void) => {
    let time = 0;
    let last = performance.now();
    stats.startedAt = last;
    const step = (now: number) => {
      const t0 = performance.now();
      time = nextFlowTime(time, Math.min(now - last, MAX_STEP_MS));
      last = now;
      setLayers(layers(time));
      repaint();
      stats.workMs += performance.now() - t0;
      stats.frames += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };

  return { layers: layers(0), start };
}
