// What the bench measures on a rendered page: bytes, GL programs, heap, animation cost, drag fps, year scrub,
// idle frames, autoplay loop.
import { bytesOf } from './bytes.mjs';
import { afterFrames, browserInfo, heapAfterGc, mainThread, mapSizeOf, pathsRequestedBy, withRenderedPage } from './page.mjs';
import { glFigures, idleFrames } from './probe.mjs';

const ANIMATION_MS = 4000;
const PAN_MS = 3000;
const PAN_WARMUP_MS = 500;
const MOVES_QUEUED = 3;
const PAN_STEP_PX = 8;
const PAN_AMPLITUDE_PX = 160;
const IDLE_SETTLE_MS = 1500;
export const IDLE_MS = 3000;
/** Over every year: to the first, then forward to the last and back. */
const scrubKeys = (years) => [...Array(years - 1).fill('ArrowRight'), ...Array(years - 1).fill('ArrowLeft')];

/** The map canvas and a point on it no panel covers, with room to drag sideways. */
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

/** First full render, bytes fetched and GL programs linked until then, and the map canvas's size. */
async function loadFigures(page, firstRenderMs, root, requestedByFirstRender = []) {
  // Resource Timing misses what workers fetch (the basemap tiles); the requests the context saw add it.
  const paths = [...(await pathsRequestedBy(page, firstRenderMs)), ...requestedByFirstRender];
  const { byKind, total, files } = bytesOf(paths, root);
  const gl = await glFigures(page, firstRenderMs);
  return { firstRenderMs, bytes: { ...byKind, total }, jsFiles: files.filter((f) => f.kind === 'js'), gl, mapSize: await mapSizeOf(page) };
}

/** Frames and main-thread JS while the page animates its flows, untouched. */
async function animationCost(page, cdp) {
  const start = await mainThread(cdp);
  await page.evaluate(() => window.__bench.startFrames());
  await page.waitForTimeout(ANIMATION_MS);
  const { frames, ms } = await page.evaluate(() => window.__bench.stopFrames());
  const end = await mainThread(cdp);
  return { animFps: (frames * 1000) / ms, animJsMsPerFrame: frames ? ((end.scriptS - start.scriptS) * 1000) / frames : Number.NaN };
}

/** Moves the pressed mouse back and forth for `ms`, a few moves queued so every frame has input. */
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

async function dragFps(page) {
  const spot = await page.evaluate(findDragPoint, PAN_AMPLITUDE_PX);
  if (!spot) return null;
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  await drag(page, spot, PAN_WARMUP_MS);
  await page.evaluate(() => window.__bench.startFrames());
  await drag(page, spot, PAN_MS);
  const { frames, ms } = await page.evaluate(() => window.__bench.stopFrames());
  await page.mouse.up();
  return { fps: (frames * 1000) / ms, mapSize: { width: spot.width, height: spot.height } };
}

/** Main-thread ms of one key press on the focused slider, up to two drawn frames later: all of it, and its JS. */
async function keyCost(page, cdp, key) {
  await afterFrames(page, 2);
  const before = await mainThread(cdp);
  await page.keyboard.press(key);
  await afterFrames(page, 2);
  const after = await mainThread(cdp);
  return { taskMs: (after.taskS - before.taskS) * 1000, scriptMs: (after.scriptS - before.scriptS) * 1000 };
}

/**
 * Year scrub with the flows paused, so only the scrub draws: every year forward and back by arrow keys,
 * and as many presses of Shift (nothing changes) to price the measuring itself.
 */
async function yearScrub(page, cdp) {
  await page.getByRole('button', { name: 'Pause flows' }).click();
  await page.waitForTimeout(1000); // the pan's inertia and the last flow frame settle
  const slider = page.getByRole('slider', { name: 'Year' });
  const years = await slider.evaluate((s) => Number(s.max) - Number(s.min) + 1);
  await slider.focus();
  await page.keyboard.press('Home');
  const [steps, noops, scriptSteps, scriptNoops] = [[], [], [], []];
  for (const key of scrubKeys(years)) {
    const value = await slider.evaluate((s) => s.value);
    const step = await keyCost(page, cdp, key);
    if ((await slider.evaluate((s) => s.value)) === value) return { failure: `${key} did not change the year slider` };
    const noop = await keyCost(page, cdp, 'Shift');
    steps.push(step.taskMs);
    noops.push(noop.taskMs);
    scriptSteps.push(step.scriptMs);
    scriptNoops.push(noop.scriptMs);
  }
  return { steps, noops, scriptSteps, scriptNoops, years };
}

/**
 * The full measurement of one page: load, heap, animation, drag, scrub, then idle frames with the flows paused.
 * `root` is the served directory.
 */
export function measurePage(url, { allowedOrigins, root, timeoutMs = 360_000 }) {
  return withRenderedPage(url, { allowedOrigins, timeoutMs }, async ({ page, cdp, firstRenderMs, requestedByFirstRender }) => {
    const load = await loadFigures(page, firstRenderMs, root, requestedByFirstRender);
    await page.waitForTimeout(500);
    const heapBytes = await heapAfterGc(page, cdp);
    const animation = await animationCost(page, cdp);
    const pan = await dragFps(page);
    if (!pan) return { failure: 'no uncovered spot on the map canvas to drag' };
    const scrub = await yearScrub(page, cdp);
    if (scrub.failure) return scrub;
    await page.waitForTimeout(IDLE_SETTLE_MS);
    const idlePausedFrames = await idleFrames(page, IDLE_MS);
    return { result: { ...load, heapBytes, ...animation, ...pan, scrub, idlePausedFrames, ...(await browserInfo(page, cdp)) } };
  });
}

/** Load only: first full render, bytes and GL programs (embed mode, the floor page, the phone profile). */
export function measureLoad(url, { allowedOrigins, root, profile, timeoutMs = 180_000, readyTimeoutMs = 90_000 }) {
  return withRenderedPage(url, { allowedOrigins, profile, timeoutMs, readyTimeoutMs }, async ({ page, firstRenderMs, requestedByFirstRender }) => ({
    result: await loadFigures(page, firstRenderMs, root, requestedByFirstRender),
  }));
}

/** With the browser asking for reduced motion (the app then starts with its flows off): frames requested while idle. */
export function measureIdle(url, { allowedOrigins, timeoutMs = 180_000 }) {
  return withRenderedPage(url, { allowedOrigins, timeoutMs, reducedMotion: true }, async ({ page, firstRenderMs }) => {
    await page.waitForTimeout(IDLE_SETTLE_MS);
    return { result: { firstRenderMs, idleFrames: await idleFrames(page, IDLE_MS) } };
  });
}

/**
 * Autoplay for `minutes`: Play is pressed again whenever the timeline stops at its last year, flows run.
 * Heap after GC at the start, after the first pass through the years and every `sampleS` seconds.
 */
export function measureLoop(url, { allowedOrigins, minutes, sampleS = 30 }) {
  return withRenderedPage(url, { allowedOrigins, timeoutMs: (minutes * 60 + 180) * 1000 }, async ({ page, cdp }) => {
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const samples = [{ s: 0, heapBytes: await heapAfterGc(page, cdp) }];
    const started = Date.now();
    let passes = 0;
    let nextSample = sampleS;
    while (Date.now() - started < minutes * 60_000) {
      if (await play.isVisible()) {
        if (passes === 1) samples.push({ s: (Date.now() - started) / 1000, heapBytes: await heapAfterGc(page, cdp), firstPass: true });
        passes += 1;
        await play.click();
      }
      await page.waitForTimeout(500);
      const s = (Date.now() - started) / 1000;
      if (s >= nextSample) {
        samples.push({ s, heapBytes: await heapAfterGc(page, cdp) });
        nextSample += sampleS;
      }
    }
    samples.push({ s: (Date.now() - started) / 1000, heapBytes: await heapAfterGc(page, cdp) });
    return { result: { minutes, passes, samples } };
  });
}
