import { useEffect, useEffectEvent, useRef } from 'react';
import { FLOW_LOOP, FLOW_SPEED, nextFlowTime } from './layers/flow-layer';

const MAX_STEP_MS = 100;

/**
 * The flows' animation clock. While running it calls `onTick(time)` once per frame outside React,
 * so animating re-renders no component. Returns a ref holding the current time.
 */
export function useFlowClock(running: boolean, onTick: (time: number) => void) {
  const time = useRef(0);
  // The frame loop always calls the latest onTick without restarting when it changes.
  const tick = useEffectEvent(onTick);
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      // A long gap (hidden tab) advances at most one short step, so flows never jump.
      time.current = nextFlowTime(time.current, Math.min(now - last, MAX_STEP_MS), FLOW_SPEED, FLOW_LOOP);
      last = now;
      tick(time.current);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [running]);
  return time;
}

/** True when the person asked the system for less motion. */
export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
