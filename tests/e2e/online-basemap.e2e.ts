import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build } from 'vite';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';

const ROOT = resolve(__dirname, '../..');
let PORT = 0;
let server: ChildProcess;
let ctx: BrowserContext;

/** A port nothing listens on, so this server never meets the shared preview server or another run's. */
const freePort = () => new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => done(port));
  });
});

// A build configured with an online style that cannot load: the app must fall back to the offline basemap.
beforeAll(async () => {
  PORT = await freePort();
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-online-'));
  process.env.VITE_BASEMAP_STYLE_URL = 'https://basemap.invalid/style.json';
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_BASEMAP_STYLE_URL;
  }
  server = spawn(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  ctx = await launch();
});
afterAll(async () => {
  await ctx?.close();
  server?.kill();
});

test('a configured online basemap that fails to load falls back to the offline one and says so', async () => {
  const { page, log } = await openApp(ctx, `http://127.0.0.1:${PORT}/`);
  expect(log.foreignRequests).toEqual(['https://basemap.invalid/style.json']);
  await expect.poll(() => page.getByRole('status').innerText()).toContain('online basemap could not be loaded');
  await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2025 · 25 pilot cities/);
  await screenshot(page, 'online-basemap-fallback');
});
