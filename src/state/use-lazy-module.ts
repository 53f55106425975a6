import { useEffect, useSyncExternalStore } from 'react';
import type { LazyModule, LazyState } from '../lib/lazy-module';

/** The state of a lazily loaded module; starts the load on first use (not again after a failure: that waits for a retry). */
export function useLazyModule<T>(module: LazyModule<T>, enabled = true): LazyState<T> {
  const state = useSyncExternalStore(module.subscribe, module.state);
  useEffect(() => {
    if (enabled && state.status === 'idle') module.load().catch(() => undefined);
  }, [module, enabled, state.status]);
  return state;
}
