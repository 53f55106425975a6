import { mkdtempSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BASEMAP } from '../../src/cartography/palette';
import { mapProjection } from '../../src/cartography/projection';

export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium with software WebGL2 (llvmpipe) and none of its own network calls. */
export async function launch(
  options: { webgl?: boolean; viewport?: { width: number; height: number }; reducedMotion?: boolean } = {},
): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const args = [
    '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--no-default-browser-check', '--disable-quic',
    '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
  ];
  if (options.webgl === false) args.push('--disable-3d-apis', '--disable-webgl');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: options.viewport ?? { width: 1280, height: 800 }, args,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
}

export type PageLog = { errors: string[]; foreignRequests: string[] };

/** Opens a page that may only talk to the app's own origin; records console errors and blocked requests. */
export async function openApp(ctx: BrowserContext, url: string, { waitFor = 'map' as 'map' | 'table' | 'alert' | 'handout' } = {}): Promise<{ page: Page; log: PageLog }> {
  const log: PageLog = { errors: [], foreignRequests: [] };
  const origin = new URL(url).origin;
  await ctx.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith(origin) || requestUrl.startsWith('data:') || requestUrl.startsWith('blob:')) return route.fallback();
    log.foreignRequests.push(requestUrl);
    return route.abort();
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(url);
  const selector = { map: 'html[data-map-ready="true"]', table: 'table tbody tr', alert: '[role="alert"]', handout: '.story-handout' }[waitFor];
  await page.waitForSelector(selector, { timeout: 90_000 });
  return { page, log };
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
