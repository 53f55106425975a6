// Opens one page in a fresh Chromium profile and measures it: bytes, JS files, readiness, heap, pan fps, year scrub.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Software WebGL2 through Mesa llvmpipe, none of Chromium's own network calls, precise heap figures.
export const BROWSER_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-quic',
  '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
];
export const VIEWPORT = { width: 1280, height: 800 };
const READY_TIMEOUT_MS = 60_000;
const PAN_MS = 3000;
const PAN_WARMUP_MS = 500;
const MOVES_QUEUED = 3;
const PAN_STEP_PX = 8;
const PAN_AMPLITUDE_PX = 160;
export const SCRUB_KEYS = ['Home', ...Array(8).fill('ArrowRight')];

/** Runs in the page before its own scripts: notes when the readiness flag is set and counts frames on demand. */
function pageProbe() {
  const probe = (window.__bench = { readyAt: null, frames: 0, counting: false });
  new MutationObserver(() => {
    if (probe.readyAt === null && document.documentElement?.dataset.mapReady === 'true') probe.readyAt = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
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
    return (probe.frames * 1000) / (performance.now() - probe.frameStart);
  };
}

/** The maplibre canvas, and a point on it that no panel covers, with room to drag sideways. */
function findDragPoint(amplitude) {
  const canvas = document.querySelector('canvas.maplibregl-canvas');
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  const onCanvas = (x, y) => document.elementFromPoint(x, y) === canvas;
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  for (let dy = 0; dy < r.height / 2; dy += 20) {
    for (const y of [cy + dy, cy - dy]) {
      for (let dx = 0; dx < r.width / 2; dx += 20) {
        for (const x of [cx - dx, cx + dx]) {
          if (onCanvas(x, y) && onCanvas(x - amplitude, y) && onCanvas(x + amplitude, y)) {
            return { x, y, width: Math.round(r.width), height: Math.round(r.height) };
          }
        }
      }
    }
  }
  return null;
}

/**
 * Bytes over the wire (headers and encoded body) of the document and every resource that finished by
 * `until` (ms from navigation), from Resource Timing, which also covers the maplibre worker's script.
 * Also the JS files by name: those finished by `until`, and those fetched since.
 */
function transferredUntil(until) {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  let jsBytes = 0;
  let totalBytes = 0;
  const jsFiles = [];
  const laterJsFiles = [];
  for (const e of entries) {
    const path = new URL(e.name).pathname;
    const isJs = /\.m?js$/.test(path);
    const file = { name: path.slice(path.lastIndexOf('/') + 1), bytes: e.transferSize };
    if (e.responseEnd > until) {
      if (isJs) laterJsFiles.push(file);
      continue;
    }
    totalBytes += e.transferSize;
    if (isJs) {
      jsBytes += e.transferSize;
      jsFiles.push(file);
    }
  }
  return { jsBytes, totalBytes, jsFiles, laterJsFiles };
}

/**
 * Opens `url` in a fresh profile, waits for the readiness flag, then runs `body({ page, ctx, readyMs })`,
 * which returns `{ result }` or `{ failure }`. Only `allowedOrigins` may be reached; anything else is
 * blocked and listed in `blocked`. A failed request or page error turns the outcome into a failure.
 */
export async function withReadyPage(url, allowedOrigins, body) {
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
    await page.addInitScript(pageProbe);
    await page.goto(url);

    // Wait for the readiness flag; stop early when something failed to load.
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let readyMs = null;
    while (readyMs === null && problems.length === 0 && Date.now() < deadline) {
      readyMs = await page.evaluate(() => window.__bench.readyAt);
      if (readyMs === null) await page.waitForTimeout(100);
    }
    if (readyMs === null) {
      return { failure: problems[0] ?? `readiness flag not set within ${READY_TIMEOUT_MS / 1000} s`, blocked };
    }
    const outcome = await body({ page, ctx, readyMs });
    if (!outcome.failure && problems.length) return { failure: problems[0], blocked };
    return { ...outcome, blocked };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Load only: bytes and JS files until ready (files fetched in the next `settleMs` listed apart). */
export function measureLoad(url, { allowedOrigins, settleMs = 1000 }) {
  return withReadyPage(url, allowedOrigins, async ({ page, readyMs }) => {
    await page.waitForTimeout(settleMs);
    return { result: { readyMs, ...(await page.evaluate(transferredUntil, readyMs)) } };
  });
}

/** Measures one page load: bytes, readiness, heap, pan fps and, with `scrub`, the year scrub. */
export function measurePage(url, { allowedOrigins, scrub = false }) {
  return withReadyPage(url, allowedOrigins, async ({ page, ctx, readyMs }) => {
    // Heap after the page has settled, after a full collection so runs compare.
    await page.waitForTimeout(500);
    const load = await page.evaluate(transferredUntil, readyMs);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const browser = (await cdp.send('Browser.getVersion')).product;
    const heapBytes = await page.evaluate(() => performance.memory.usedJSHeapSize);

    // Pan: the same mouse drag on the map canvas for both pages, frames counted with requestAnimationFrame.
    const spot = await page.evaluate(findDragPoint, PAN_AMPLITUDE_PX);
    if (!spot) return { failure: 'no uncovered spot on the map canvas to drag' };
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    await drag(page, spot, PAN_WARMUP_MS);
    await page.evaluate(() => window.__bench.startFrames());
    await drag(page, spot, PAN_MS);
    const fps = await page.evaluate(() => window.__bench.stopFrames());
    await page.mouse.up();

    const result = { readyMs, ...load, heapBytes, fps, mapSize: { width: spot.width, height: spot.height } };
    if (scrub) result.scrubMsPerStep = await yearScrub(page);
    result.webgl = await page.evaluate(webglRenderer);
    result.browser = browser;
    return { result };
  });
}

/**
 * Moves the pressed mouse back and forth for `ms`. A few moves stay queued so that every frame has input
 * to handle, whatever the round-trip time to the browser.
 */
async function drag(page, spot, ms) {
  const start = Date.now();
  const queued = [];
  let offset = 0;
  let direction = 1;
  while (Date.now() - start < ms) {
    offset += direction * PAN_STEP_PX;
    if (Math.abs(offset) >= PAN_AMPLITUDE_PX) direction = -direction;
    queued.push(page.mouse.move(spot.x + offset, spot.y));
    if (queued.length >= MOVES_QUEUED) await queued.shift();
  }
  await Promise.all(queued);
}

/** Home then ArrowRight ×8 on the year slider, each waited for until the headline changes; ms per step. */
async function yearScrub(page) {
  await page.waitForTimeout(1000); // let the pan's inertia finish
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  const headline = page.locator('#headline-text');
  await page.evaluate(() => {
    const probe = window.__bench;
    probe.keys = [];
    probe.changes = [];
    window.addEventListener('keydown', (e) => probe.keys.push(e.timeStamp), { capture: true });
    new MutationObserver(() => probe.changes.push(performance.now()))
      .observe(document.getElementById('headline-text'), { childList: true, characterData: true, subtree: true });
  });
  for (const key of SCRUB_KEYS) {
    const before = await headline.textContent();
    await page.keyboard.press(key);
    await page.waitForFunction(
      (text) => document.getElementById('headline-text')?.textContent !== text, before, { polling: 10, timeout: 15_000 },
    );
  }
  const { keys, changes } = await page.evaluate(() => ({ keys: window.__bench.keys, changes: window.__bench.changes }));
  return (changes[changes.length - 1] - keys[0]) / SCRUB_KEYS.length;
}

function webglRenderer() {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
}
