export type Served = { url: string; close: () => Promise<void> };
export function serveDist(
  root: string,
  options?: { port?: number; headers?: Record<string, string>; documentHeaders?: Record<string, string>; index?: string; gzip?: boolean;
    onResponse?: (sent: { path: string; status: 200 | 304; bytes: number }) => void },
): Promise<Served>;
