// Opens a page in its own headless Chromium process (software WebGL2 through llvmpipe), waits for its
// `first-full-render` performance mark, set by the app and the bench pages by the same rule, and hands it
// to the measuring code. Every run has a deadline: a run that crashes, hangs or throws comes back as a
// failure with its kind and reason, and its browser is killed, so the runs after it go on.
import { chromium } from 'playwright-core';
import { CHROMIUM, HEADLESS_ARGS } from '../chromium-args.mjs';
import { pageProbe } from './probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
const CLOSE_WAIT_MS = 15_000;

/** Desktop: the window the bench has always used. */
export const DESKTOP = { name: 'desktop', context: { viewport: VIEWPORT } };

/**
 * A mid-range phone, through the browser's own emulation: 375×667 CSS px at device scale 2, mobile and touch;
 * main thread 4× slower (CDP Emulation.setCPUThrottlingRate); a slow-4G network (DevTools' preset, as
 * Lighthouse applies it: 562.5 ms request latency, 1.44 Mbit/s down, 675 kbit/s up).
 */
export const PHONE = {
  name: 'phone',
  context: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  cpuSlowdown: 4,
  network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
};

/** In the page: when its `first-full-render` mark was set, or null. */
export const firstRenderAt = () => performance.getEntriesByName('first-full-render')[0]?.startTime ?? null;
const errorText = (e) => String(e?.message ?? e).split('\n')[0];

/** The profile's CPU and network emulation, through CDP. */
export async function applyThrottling(cdp, profile) {
  if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
}

/** The page open and rendered, then `body`; resolves to `{ result }` or `{ failure, kind }`. */
async function renderAndMeasure(browser, url, options, body, blocked, fail) {
  const { allowedOrigins, readyTimeoutMs, profile, reducedMotion } = options;
  const ctx = await browser.newContext({ ...profile.context, ...(reducedMotion ? { reducedMotion: 'reduce' } : {}) });
  const problems = [];
  const allowed = (u) => allowedOrigins.some((o) => u.startsWith(o)) || u.startsWith('data:') || u.startsWith('blob:');
  await ctx.route('**/*', (route) => {
    const u = route.request().url();
    if (allowed(u)) return route.fallback();
    blocked.push(u);
    return route.abort('blockedbyclient');
  });
  ctx.on('requestfailed', (req) => allowed(req.url()) && problems.push(`${req.url()} failed (${req.failure()?.errorText})`));
  ctx.on('response', (res) => res.status() >= 400 && problems.push(`${res.url()} answered HTTP ${res.status()}`));
  // Every request of the context, workers' too (the map's worker fetches the basemap tiles), with when it was made.
  const requested = [];
  ctx.on('request', (req) => requested.push({ path: new URL(req.url()).pathname, at: Date.now() }));
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${errorText(e)}`));
  page.on('crash', () => fail({ kind: 'crash', failure: 'the page crashed (renderer process gone)' }));
  await page.addInitScript(pageProbe);
  const cdp = await ctx.newCDPSession(page);
  await applyThrottling(cdp, profile);
  await page.goto(url, { timeout: readyTimeoutMs });
  const deadline = Date.now() + readyTimeoutMs;
  let firstRenderMs = null;
  while (firstRenderMs === null && problems.length === 0 && Date.now() < deadline) {
    firstRenderMs = await page.evaluate(firstRenderAt);
    if (firstRenderMs === null) await page.waitForTimeout(100);
  }
  if (firstRenderMs === null) {
    return problems.length ? { kind: 'error', failure: problems[0] } : { kind: 'timeout', failure: `no first full render within ${readyTimeoutMs / 1000} s` };
  }
  await cdp.send('Performance.enable');
  // Those made by the mark, not by the time the loop above saw it (the page goes on loading what comes after).
  const markedAt = await page.evaluate((ms) => performance.timeOrigin + ms, firstRenderMs);
  const requestedByFirstRender = requested.filter((r) => r.at <= markedAt).map((r) => r.path);
  const outcome = await body({ page, ctx, cdp, firstRenderMs, requestedByFirstRender });
  if (outcome.failure) return { kind: 'error', ...outcome };
  if (problems.length) return { kind: 'error', failure: problems[0] };
  return outcome;
}

/**
 * Runs `work(browser, fail)` in a Chromium process of its own (`args` added to the usual ones). Always resolves:
 * to what `work` resolves to, or to `{ failure, kind: 'crash' | 'timeout' | 'error' }` when the browser does not
 * start, exits, `work` throws, or `timeoutMs` passes (`fail(outcome)` ends the run early too). The browser is
 * killed if it does not close, so the runs after it go on.
 */
export async function withBrowser({ timeoutMs = 300_000, args = [] }, work) {
  // A browser server, so a run that hangs can have its browser killed.
  let server;
  let browser;
  try {
    server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: [...HEADLESS_ARGS, ...args], timeout: 60_000 });
    browser = await chromium.connect(server.wsEndpoint(), { timeout: 60_000 });
  } catch (e) {
    await server?.kill().catch(() => {});
    return { kind: 'error', failure: `the browser did not start: ${errorText(e)}` };
  }
  let fail;
  const failed = new Promise((resolve) => (fail = resolve));
  const timer = setTimeout(() => fail({ kind: 'timeout', failure: `not finished within ${timeoutMs / 1000} s` }), timeoutMs);
  browser.on('disconnected', () => fail({ kind: 'crash', failure: 'the browser process exited' }));
  try {
    const outcome = work(browser, fail).catch((e) => ({ kind: 'error', failure: errorText(e) }));
    return await Promise.race([outcome, failed]);
  } finally {
    clearTimeout(timer);
    const closed = browser.close().then(() => true, () => false);
    const gone = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), CLOSE_WAIT_MS))]);
    await (gone ? server.close() : server.kill()).catch(() => {});
  }
}

/**
 * Opens `url` in a new browser, waits for the mark, then runs `body({ page, ctx, cdp, firstRenderMs })`, which
 * returns `{ result }` or `{ failure }` (`requestedByFirstRender`: the URL paths the page and its workers asked for by the time of the mark). Only `allowedOrigins` may be reached; anything else is blocked and listed.
 * A failed request or a page error turns the outcome into a failure; so do a crash and `timeoutMs` passing.
 * Always resolves: `{ result, blocked }` or `{ failure, kind: 'crash' | 'timeout' | 'error', blocked }`.
 */
export async function withRenderedPage(url, options, body) {
  const { readyTimeoutMs = 60_000, timeoutMs = 300_000, profile = DESKTOP, ...rest } = options;
  const blocked = [];
  const outcome = await withBrowser({ timeoutMs }, (browser, fail) =>
    renderAndMeasure(browser, url, { ...rest, readyTimeoutMs, profile }, body, blocked, fail));
  return { ...outcome, blocked };
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
    const raf = window.__bench.raf; // the browser's own, so the page's idle count leaves the bench out
    const next = (left) => raf(() => (left > 1 ? next(left - 1) : setTimeout(resolve, 0)));
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

/** The map canvas's size in CSS pixels, or null. */
export const mapSizeOf = (page) =>
  page.evaluate(() => {
    const r = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
    return r ? { width: Math.round(r.width), height: Math.round(r.height) } : null;
  });

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
