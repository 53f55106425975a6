import { describe, expect, test } from 'vitest';
import { sleepingFrames } from '../../../src/map/sleeping-frames';

/** The browser's frames, run by hand: `tick()` runs the frame asked for, if any. */
function fakeBrowser() {
  let next: FrameRequestCallback | null = null;
  let requested = 0;
  let lastId = 0;
  return {
    raf: (callback: FrameRequestCallback) => {
      next = callback;
      requested++;
      return ++lastId;
    },
    caf: () => {
      next = null;
    },
    tick(time = 0) {
      const callback = next;
      next = null;
      callback?.(time);
      return callback !== null;
    },
    get requested() {
      return requested;
    },
  };
}

/** A loop like luma.gl's: each frame does its work and asks for the next one. */
function startLoop(source: { requestAnimationFrame: (cb: FrameRequestCallback) => number }) {
  let frames = 0;
  const frame = () => {
    frames++;
    source.requestAnimationFrame(frame);
  };
  source.requestAnimationFrame(frame);
  return { get frames() { return frames; } };
}

describe('the render loop sleeps when nothing asks it for work', () => {
  test('it runs its grace frames, then asks the browser for nothing', () => {
    const browser = fakeBrowser();
    const { source } = sleepingFrames({ graceFrames: 3, raf: browser.raf, caf: browser.caf });
    const loop = startLoop(source);
    while (browser.tick());
    expect(loop.frames).toBe(3);
    expect(browser.requested).toBe(3);
    // The loop's next request is held: no frame is asked for.
    expect(browser.tick()).toBe(false);
  });

  test('a wake runs the held frame and a new grace; each wake, not each frame, costs frames', () => {
    const browser = fakeBrowser();
    const { source, wake } = sleepingFrames({ graceFrames: 2, raf: browser.raf, caf: browser.caf });
    const loop = startLoop(source);
    while (browser.tick());
    expect(loop.frames).toBe(2);
    wake();
    expect(browser.requested).toBe(3);
    while (browser.tick());
    expect(loop.frames).toBe(4);
    // Two wakes in one frame ask for one browser frame.
    wake();
    wake();
    expect(browser.requested).toBe(5);
  });

  test('it keeps running while the loop is busy, and sleeps once it is not', () => {
    const browser = fakeBrowser();
    let loading = true;
    const { source } = sleepingFrames({ graceFrames: 1, busy: () => loading, raf: browser.raf, caf: browser.caf });
    const loop = startLoop(source);
    for (let i = 0; i < 10; i++) expect(browser.tick()).toBe(true);
    loading = false;
    while (browser.tick());
    expect(loop.frames).toBe(11);
  });

  test('a cancelled request is not run by a later wake', () => {
    const browser = fakeBrowser();
    const { source, wake } = sleepingFrames({ graceFrames: 5, raf: browser.raf, caf: browser.caf });
    let ran = 0;
    const id = source.requestAnimationFrame(() => ran++);
    source.cancelAnimationFrame(id);
    expect(browser.tick()).toBe(false);
    wake();
    expect(browser.tick()).toBe(false);
    expect(ran).toBe(0);
  });
});
