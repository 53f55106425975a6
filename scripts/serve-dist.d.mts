export type Served = { url: string; close: () => Promise<void> };
export function serveDist(
  root: string,
  options?: { port?: number; headers?: Record<string, string>; documentHeaders?: Record<string, string>; index?: string; gzip?: boolean },
): Promise<Served>;
