import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(__dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The browser files' workers are not isolated: a Chromium started by one file serves the worker's next. */
    keepBrowsers?: boolean;
  }
}

/** A port no other server holds now, so two checkouts can run their browser tests side by side. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function waitForServer(server: ChildProcess, url: string, timeoutMs: number) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`preview server exited (code ${server.exitCode}) before answering at ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Serves the built app (dist/) once for all browser tests, on E2E_PORT or a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForServer(server, baseUrl, 30_000);
  project.provide('baseUrl', baseUrl);
  project.provide('keepBrowsers', project.config.isolate === false);
  return () => {
    server.kill();
  };
}
