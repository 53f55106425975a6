import { lazy, type ComponentType } from 'react';

const failedParts = new Set<() => void>();

/** Like React.lazy, but a failed load is not kept: after `retryFailedParts` the next render loads it again. */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (e: unknown) => {
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
