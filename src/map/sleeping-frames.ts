/** What luma.gl's animation loop (deck.gl's render loop) asks for its frames. */
export type FrameSource = {
  requestAnimationFrame: (callback: FrameRequestCallback) => number;
  cancelAnimationFrame: (id: number) => void;
};

type Options = {
  /** Frames the loop keeps running after a wake. */
  graceFrames?: number;
  /** True while the loop has work of its own (a layer still loading); the loop does not sleep then. */
  busy?: () => boolean;
  /** The browser's frames (the global functions, looked up at each call). */
  raf?: (callback: FrameRequestCallback) => number;
  caf?: (id: number) => void;
};

/** The one id this source hands out: the loop holds at most one request. */
const REQUEST_ID = 1;

/**
 * Frames for a render loop that sleeps when nothing asks it for work. deck.gl's loop runs every frame to pick under
 * the pointer and to finish layers that load; on the map, the map's own frames draw the layers. The loop runs for
 * `graceFrames` after each `wake()` (new layers, a map frame, the pointer moving) and while `busy()`, then holds
 * its next request until the next wake: no frames are asked of the browser while the map is still.
 */
export function sleepingFrames({
  graceFrames = 2,
  busy = () => false,
  raf = (callback) => requestAnimationFrame(callback),
  caf = (id) => cancelAnimationFrame(id),
}: Options = {}) {
  let held: FrameRequestCallback | null = null;
  let browserFrame: number | null = null;
  let framesSinceWake = 0;

  const run = (time: number) => {
    browserFrame = null;
    const callback = held;
    held = null;
    framesSinceWake++;
    callback?.(time);
  };
  const schedule = () => {
    if (browserFrame === null) browserFrame = raf(run);
  };

  const source: FrameSource = {
    requestAnimationFrame(callback) {
      held = callback;
      if (busy()) framesSinceWake = 0;
      if (framesSinceWake < graceFrames) schedule();
      return REQUEST_ID;
    },
    cancelAnimationFrame() {
      held = null;
      if (browserFrame !== null) caf(browserFrame);
      browserFrame = null;
    },
  };
  const wake = () => {
    framesSinceWake = 0;
    if (held) schedule();
  };
  return { source, wake };
}
