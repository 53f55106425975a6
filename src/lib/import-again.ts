let attempt = 0;

/** The address of the module a failed dynamic import names, if it names one. */
export const failedModuleUrl = (error: unknown): string | null =>
  /(https?:\/\/[^\s'"]+?\.m?[jt]sx?)(?=[\s'"?#]|$)/.exec(error instanceof Error ? error.message : String(error))?.[1] ?? null;

/**
 * Loads again a module whose load failed. Browsers keep a failed module under its address, so the same
 * import would fail again without asking; this asks for the same file under a fresh address. If that
 * failed too, a file it imports failed before and is kept as failed: only a reload asks for it again,
 * and the view survives it, since it lives in the address.
 */
export function importAgain<T>(error: unknown, importer: () => Promise<T>, reload = () => window.location.reload()): Promise<T> {
  const url = failedModuleUrl(error);
  if (!url) return importer();
  if (/\?retry=\d+/.test(error instanceof Error ? error.message : String(error))) {
    reload();
    return new Promise<T>(() => undefined);
  }
  return import(/* @vite-ignore */ `${url}?retry=${++attempt}`) as Promise<T>;
}
