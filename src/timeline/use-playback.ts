import { useEffect } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectIsPlaying } from '../state/selectors';
import { PLAYBACK_INTERVAL_MS } from './timeline-controller';

/** Advances the year while playing; the timer lives here, the logic in the controller. */
export function usePlayback() {
  const isPlaying = useAppStore(selectIsPlaying);
  useEffect(() => {
    if (!isPlaying) return;
    const id = window.setInterval(() => appStore.getState().tick(), PLAYBACK_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [isPlaying]);
}
