import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { BASEMAP } from '../../src/cartography/palette';
import { mapProjection } from '../../src/cartography/projection';
import { CHROMIUM, HEADLESS_ARGS, NO_NETWORK_ARGS } from '../../scripts/chromium-args.mjs';

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results');
// Nothing leaves the machine (NO_NETWORK_ARGS). Blocking there, not with a route on every request, saves about 0.2 s a load.
const ARGS = [...HEADLESS_ARGS, ...NO_NETWORK_ARGS];

// One Chromium per set of command-line flags, shared by the tests of a file (of every file, where the worker keeps
// its modules between files); each test gets its own context.
const browsers = new Map<string, Promise<Browser>>();

/** Debian's Chromium with software WebGL2 (llvmpipe) and none of its own network calls, started once per file. */
export function sharedBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const key = extraArgs.join(' ');
  let browser = browsers.get(key);
  if (!browser) {
    browser = chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs] });
    browsers.set(key, browser);
  }
  return browser;
}

/** True when the project's workers keep their modules between files (no isolation), so a browser can outlive its file. */
export const keepsBrowsers = () => inject('keepBrowsers') === true;

/** Closes every browser this worker started. */
export async function closeBrowsers() {
  const open = [...browsers.values()];
  browsers.clear();
  await Promise.all(open.map(async (b) => (await b.catch(() => null))?.close()));
}

export type LaunchOptions = {
  webgl?: boolean;
  viewport?: { width: number; height: number };
  /**
   * The reader asks for less motion (default: yes): the flows stand still and the camera jumps. Moving flows redraw
   * the whole map every frame, which on software GL keeps both cores busy and makes every screenshot wait
   * (five small screenshots: 4.0–4.7 s with the flows moving, 0.3–0.7 s without). Tests about motion pass `false`.
   */
  reducedMotion?: boolean;
  locale?: string;
  isMobile?: boolean;
  hasTouch?: boolean;
};

/** A fresh browser context (its own storage, cache and pages) in the file's shared Chromium. */
export async function launch(options: LaunchOptions = {}): Promise<BrowserContext> {
  const extra = [
    // Without WebGL there is no use for the GPU process's software GL either: the page composites in software
    // (a load without WebGL cost 1.17 s of CPU with it, 0.89 s without, median of 10).
    // With WebGL, software GL draws only the canvases and the page is composited in software: a load cost 2.5–2.9 s
    // of CPU with the compositor on software GL, 1.6–1.8 s without (every golden still passes).
    ...(options.webgl === false ? ['--disable-3d-apis', '--disable-webgl', '--disable-gpu'] : ['--disable-gpu-compositing']),
    // English is this Chromium's own language; another one is set for the whole browser too.
    ...(options.locale && !options.locale.startsWith('en') ? [`--lang=${options.locale}`] : []),
  ];
  const browser = await sharedBrowser(extra);
  return browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    ...(options.locale ? { locale: options.locale } : {}),
    isMobile: options.isMobile ?? false,
    hasTouch: options.hasTouch ?? false,
  });
}

export type PageLog = { errors: string[]; foreignRequests: string[] };

/**
 * Opens the app; records console errors and every request (of its pages and workers) to another origin, which the
 * browser's proxy setting makes fail.
 */
export async function openApp(ctx: BrowserContext, url: string, { waitFor = 'map' as 'map' | 'table' | 'alert' | 'handout' } = {}): Promise<{ page: Page; log: PageLog }> {
  const log: PageLog = { errors: [], foreignRequests: [] };
  const origin = new URL(url).origin;
  ctx.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith(`${origin}/`) && !/^(data|blob):/.test(requestUrl)) log.foreignRequests.push(requestUrl);
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(url);
  const selector = { map: 'html[data-map-ready="true"]', table: 'table tbody tr', alert: '[role="alert"]', handout: '.story-handout' }[waitFor];
  await page.waitForSelector(selector, { timeout: 90_000 });
  return { page, log };
}

/** How many frames the map has drawn since the page opened (the map element's `data-frames`). */
export const framesDrawn = async (page: Page) => Number((await page.locator('.map').first().getAttribute('data-frames')) ?? 0);

/** Waits until the map has drawn `count` more frames than it had when called. */
export async function waitForFrames(page: Page, count: number, timeout = 60_000) {
  const target = (await framesDrawn(page)) + count;
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('.map')?.dataset.frames ?? 0) >= n, target, { timeout });
}

/**
 * Waits until the map has drawn no frame during `quiet` consecutive animation frames of the page: nothing on
 * it moves (no camera move, no loading tiles, no moving flows). Counts the page's own frames, not wall time.
 */
export async function waitForMapStill(page: Page, quiet = 30, timeout = 30_000) {
  await page.evaluate(
    ({ quiet, timeout }) =>
      new Promise<void>((done, fail) => {
        const frames = () => document.querySelector<HTMLElement>('.map')?.dataset.frames;
        const give = setTimeout(() => fail(new Error(`the map kept drawing for ${timeout} ms`)), timeout);
        let last = frames();
        let still = 0;
        const tick = () => {
          const now = frames();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still < quiet) return void requestAnimationFrame(tick);
          clearTimeout(give);
          done();
        };
        requestAnimationFrame(tick);
      }),
    { quiet, timeout },
  );
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Where the map draws a longitude/latitude, in page pixels: Web Mercator from the camera the map shows on its element. */
export async function projectToPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const map = page.locator('.map').first();
  const { camera, width, height } = await map.evaluate((el: HTMLElement) => ({ camera: el.dataset.camera ?? '', width: el.clientWidth, height: el.clientHeight }));
  const [lng, lat, zoom] = camera.split(',').map(Number);
  if (![lng, lat, zoom].every(Number.isFinite)) throw new Error(`the map shows no camera (data-camera="${camera}")`);
  const [x, y] = mapProjection({ width, height, center: [lng!, lat!], zoom: zoom! })(lngLat)!;
  const box = (await map.boundingBox())!;
  return { x: box.x + x, y: box.y + y };
}

/** The RGB colours of the pixels within `radius` of a page point, read from a fresh screenshot. */
export async function pixelsAround(page: Page, { x, y }: { x: number; y: number }, radius = 3): Promise<[number, number, number][]> {
  const size = radius * 2 + 1;
  const png = await page.screenshot({ clip: { x: Math.round(x) - radius, y: Math.round(y) - radius, width: size, height: size } });
  return page.evaluate(async ({ b64, size }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = size;
    c.height = size;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, size, size).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < d.length; i += 4) out.push([d[i]!, d[i + 1]!, d[i + 2]!]);
    return out;
  }, { b64: png.toString('base64'), size });
}

/** Euclidean RGB distance. */
export const colorDistance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const BASEMAP_COLOURS = [BASEMAP.land, BASEMAP.china, BASEMAP.sea].map(hexToRgb);
/** True for a pixel of the offline basemap's land, China or sea fill (nothing of the data drawn there). */
export const isBasemapPixel = (px: readonly number[]) => BASEMAP_COLOURS.some((bg) => colorDistance(px, bg) < 12);
