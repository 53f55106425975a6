import { importAgain } from './import-again';

export type LazyState<T> =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: Error };

export type LazyModule<T> = {
  /** The module once loaded; a load that failed is tried again. */
  load: () => Promise<T>;
  state: () => LazyState<T>;
  subscribe: (listener: () => void) => () => void;
};

/** Code that loads on first use. A success is kept; a failure is not, so the next `load` fetches again. */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let state: LazyState<T> = { status: 'idle' };
  let pending: Promise<T> | null = null;
  let lastError: unknown = null;
  const listeners = new Set<() => void>();
  const set = (next: LazyState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const load = () => {
    if (state.status === 'ready') return Promise.resolve(state.value);
    pending ??= (lastError === null ? importer() : importAgain(lastError, importer)).then(
      (value) => {
        set({ status: 'ready', value });
        return value;
      },
      (e: unknown) => {
        pending = null;
        lastError = e;
        set({ status: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
        throw e;
      },
    );
    if (state.status !== 'loading') set({ status: 'loading' });
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  return { load, state: () => state, subscribe };
}
