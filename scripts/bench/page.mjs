// Opens a page in a fresh Chromium profile (software WebGL2 through llvmpipe) and waits for its
// `first-full-render` performance mark, set by the app and the baseline by the same rule.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-quic',
  '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
];
export const VIEWPORT = { width: 1280, height: 800 };

/** Runs in the page before its scripts: a frame counter the bench starts and stops. */
function frameProbe() {
  const probe = (window.__bench = { frames: 0, counting: false });
  probe.startFrames = () => {
    probe.frames = 0;
    probe.counting = true;
    probe.frameStart = performance.now();
    const tick = () => {
      if (!probe.counting) return;
      probe.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    probe.counting = false;
    return { frames: probe.frames, ms: performance.now() - probe.frameStart };
  };
}

const firstRenderAt = () => performance.getEntriesByName('first-full-render')[0]?.startTime ?? null;

/**
 * Opens `url`, waits for the mark, then runs `body({ page, ctx, cdp, firstRenderMs })`, which returns
 * `{ result }` or `{ failure }`. Only `allowedOrigins` may be reached; anything else is blocked and listed.
 * A failed request or a page error turns the outcome into a failure.
 */
export async function withRenderedPage(url, { allowedOrigins, readyTimeoutMs = 60_000 }, body) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: VIEWPORT, args: BROWSER_ARGS,
  });
  const blocked = [];
  const problems = [];
  const allowed = (u) => allowedOrigins.some((o) => u.startsWith(o)) || u.startsWith('data:') || u.startsWith('blob:');
  try {
    await ctx.route('**/*', (route) => {
      const u = route.request().url();
      if (allowed(u)) return route.fallback();
      blocked.push(u);
      return route.abort('blockedbyclient');
    });
    ctx.on('requestfailed', (req) => allowed(req.url()) && problems.push(`${req.url()} failed (${req.failure()?.errorText})`));
    ctx.on('response', (res) => res.status() >= 400 && problems.push(`${res.url()} answered HTTP ${res.status()}`));
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.addInitScript(frameProbe);
    await page.goto(url);
    const deadline = Date.now() + readyTimeoutMs;
    let firstRenderMs = null;
    while (firstRenderMs === null && problems.length === 0 && Date.now() < deadline) {
      firstRenderMs = await page.evaluate(firstRenderAt);
      if (firstRenderMs === null) await page.waitForTimeout(100);
    }
    if (firstRenderMs === null) {
      return { failure: problems[0] ?? `no first full render within ${readyTimeoutMs / 1000} s`, blocked };
    }
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const outcome = await body({ page, ctx, cdp, firstRenderMs });
    if (!outcome.failure && problems.length) return { failure: problems[0], blocked };
    return { ...outcome, blocked };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Main-thread seconds so far: all tasks, and the script part of them (CDP Performance metrics). */
export async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { taskS: metric('TaskDuration'), scriptS: metric('ScriptDuration') };
}

/** Resolves once `n` frames have run their rAF callbacks (where maplibre and deck.gl draw) and finished. */
export const afterFrames = (page, n = 1) =>
  page.evaluate((count) => new Promise((resolve) => {
    const next = (left) => requestAnimationFrame(() => (left > 1 ? next(left - 1) : setTimeout(resolve, 0)));
    next(count);
  }), n);

/** JS heap after a full garbage collection. */
export async function heapAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => performance.memory.usedJSHeapSize);
}

/** URL paths of the document and every resource requested by `untilMs` after navigation. */
export const pathsRequestedBy = (page, untilMs) =>
  page.evaluate((until) => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.startTime <= until)
    .map((e) => new URL(e.name).pathname), untilMs);

export async function browserInfo(page, cdp) {
  const product = (await cdp.send('Browser.getVersion')).product;
  const webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
  return { browser: product, webgl };
}
