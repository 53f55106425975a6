/** A loader that imports once: every call shares the first load. A failed load is forgotten, so the next call tries again. */
export function loadOnce<T>(importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= importer().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}
