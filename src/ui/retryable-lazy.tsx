import { lazy, type ComponentType } from 'react';
import { importAgain } from '../lib/import-again';

const failedParts = new Set<() => void>();

/**
 * Like React.lazy, but a failed load is not kept: after `retryFailedParts` the next render loads it again.
 * `load` imports the module, `pick` takes the component from it.
 */
export function retryableLazy<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  let lastError: unknown = null;
  const make = () =>
    lazy(() =>
      (lastError === null ? load() : importAgain(lastError, load)).then(
        (module) => ({ default: pick(module) }),
        (e: unknown) => {
          lastError = e;
          failedParts.add(reset);
          throw e;
        },
      ),
    );
  let Lazy = make();
  const reset = () => {
    Lazy = make();
  };
  return function RetryablePart(props: P) {
    const Part = Lazy as unknown as ComponentType<P>;
    return <Part {...props} />;
  };
}

/** Forgets every failed load, so the parts that failed load again on their next render. */
export function retryFailedParts() {
  failedParts.forEach((reset) => reset());
  failedParts.clear();
}
