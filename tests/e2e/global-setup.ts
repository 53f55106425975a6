import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(__dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 4179);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

async function waitForServer(url: string, timeoutMs: number) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves the built app (dist/) once for all browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const server: ChildProcess = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${PORT}/`;
  await waitForServer(baseUrl, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill();
  };
}
