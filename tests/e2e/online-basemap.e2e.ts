import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import type { BrowserContext, Page, Route } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { BASEMAP } from '../../src/cartography/palette';
import { serveDist, type Served } from '../../scripts/serve-dist.mjs';
import { colorDistance, isBasemapPixel, launch, openApp, pixelsAround, projectToPage, screenshot, waitForMapStill } from './browser';

const ROOT = resolve(__dirname, '../..');
const STYLE_URL = 'https://basemap.test/style.json';
const TILES = 'https://basemap.test/tiles/';
const FALLBACK = 'The online basemap could not be loaded; the built-in offline basemap is shown instead.';
const ONLINE_BACKGROUND = [255, 0, 255];
const LAND_AT: [number, number] = [20, 10];
const SEA_AT: [number, number] = [88, 16];
const atlas = JSON.parse(readFileSync(resolve(ROOT, 'dist/data/atlas.json'), 'utf8')) as Atlas;
const HAIKOU = atlas.cities.find((c) => c.id === 'haikou')!.lngLat;
const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

const onlineStyle = (withTiles: boolean) => JSON.stringify({
  version: 8,
  sources: withTiles ? { tiles: { type: 'raster', tiles: [`${TILES}{z}/{x}/{y}.png`], tileSize: 256 } } : {},
  layers: [
    { id: 'bg', type: 'background', paint: { 'background-color': '#ff00ff' } },
    ...(withTiles ? [{ id: 'tiles', type: 'raster', source: 'tiles' }] : []),
  ],
});

let served: Served;
let outDir = '';
let ctx: BrowserContext | undefined;

// A build configured with an online style; each test decides how that style's server behaves.
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'atlas-online-'));
  process.env.VITE_BASEMAP_STYLE_URL = STYLE_URL;
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_BASEMAP_STYLE_URL;
  }
  served = await serveDist(outDir);
});
afterAll(async () => {
  await served?.close();
  rmSync(outDir, { recursive: true, force: true });
});
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

/**
 * Opens the app with the style server answering through `answer` (and its tiles through `tiles`). The page notes
 * (performance.now()) when the first style and tile requests start and settle and when the fallback notice appears.
 */
async function openWithStyleServer(answer: (route: Route) => Promise<void>, tiles?: (route: Route) => Promise<void>) {
  ctx = await launch();
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.route(STYLE_URL, answer);
  if (tiles) await page.route(`${TILES}**`, tiles);
  await page.addInitScript(({ styleUrl, tilesUrl, notice }) => {
    const t: Record<string, number> = {};
    (window as unknown as { basemapTimes: Record<string, number> }).basemapTimes = t;
    const fetchOriginal = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const what = url === styleUrl ? 'style' : url.startsWith(tilesUrl) ? 'tile' : null;
      if (!what) return fetchOriginal(input, init);
      t[`${what}Requested`] ??= performance.now();
      const settle = () => (t[`${what}Settled`] ??= performance.now());
      return fetchOriginal(input, init).then((r) => (settle(), r), (e) => { settle(); throw e; });
    };
    new MutationObserver(() => {
      if (!t.notice && document.body?.innerText.includes(notice)) t.notice = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, { styleUrl: STYLE_URL, tilesUrl: TILES, notice: FALLBACK });
  const opened = await openApp(ctx, `${served.url}?lang=en`);
  return opened;
}

const times = (page: Page) => page.evaluate(() => (window as unknown as { basemapTimes: Record<string, number> }).basemapTimes);
const colourAt = async (page: Page, lngLat: [number, number]) => (await pixelsAround(page, await projectToPage(page, lngLat), 0))[0]!;

/** The offline basemap is on screen: its land and sea colours where the data draws nothing. */
async function expectOfflineBasemap(page: Page) {
  await expect.poll(async () => colorDistance(await colourAt(page, LAND_AT), hexToRgb(BASEMAP.land))).toBeLessThan(12);
  expect(colorDistance(await colourAt(page, SEA_AT), hexToRgb(BASEMAP.sea))).toBeLessThan(12);
}
const cityDrawn = async (page: Page) => (await pixelsAround(page, await projectToPage(page, HAIKOU), 2)).some((px) => !isBasemapPixel(px) && colorDistance(px, ONLINE_BACKGROUND) > 30);
/** Console errors apart from Chromium's own line about each failed request. */
const appErrors = (errors: string[]) => errors.filter((e) => !/^Failed to load resource/.test(e));

describe('a configured online basemap that fails falls back to the offline one within 3 s and says so', () => {
  test.each([
    ['unreachable', (route: Route) => route.abort('connectionrefused')],
    ['HTTP 500', (route: Route) => route.fulfill({ status: 500, body: 'internal error' })],
    ['HTTP 404', (route: Route) => route.fulfill({ status: 404, body: 'not found' })],
    ['not JSON', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 8, "sources": ' })],
  ])('%s', async (name, answer) => {
    const { page, log } = await openWithStyleServer(answer);
    await expect.poll(() => page.getByRole('status').innerText()).toContain(FALLBACK);
    await expectOfflineBasemap(page);
    await expect.poll(() => cityDrawn(page)).toBe(true);
    expect(await page.locator('.notice').count()).toBe(1);
    const t = await times(page);
    expect(t.styleSettled).toBeGreaterThan(0);
    expect(t.notice! - t.styleSettled!).toBeLessThanOrEqual(3000);
    expect(appErrors(log.errors)).toEqual([]);
    if (name === 'HTTP 500') await screenshot(page, 'online-basemap-fallback');
  });

  test('a style whose tiles all fail', async () => {
    const { page, log } = await openWithStyleServer(
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: onlineStyle(true) }),
      (route) => route.fulfill({ status: 500, body: 'tile server down' }),
    );
    await expect.poll(() => page.getByRole('status').innerText()).toContain(FALLBACK);
    await expectOfflineBasemap(page);
    await expect.poll(() => cityDrawn(page)).toBe(true);
    const t = await times(page);
    expect(t.notice! - t.tileSettled!).toBeLessThanOrEqual(3000);
    expect(appErrors(log.errors)).toEqual([]);
    await screenshot(page, 'online-basemap-tiles-failed');
  });

  test('a style server that answers late does not hold back the data; the fallback comes within 3 s', async () => {
    // The style is held until the test has seen the data drawn: a map that waited on it would never draw.
    let releaseStyle = () => {};
    const styleHeld = new Promise<void>((release) => (releaseStyle = release));
    let styleAnswered = false;
    const { page, log } = await openWithStyleServer(async (route) => {
      await styleHeld;
      styleAnswered = true;
      await route.fulfill({ status: 200, contentType: 'application/json', body: onlineStyle(false) }).catch(() => undefined);
    });
    await expect.poll(() => cityDrawn(page)).toBe(true);
    await expect.poll(() => page.getByRole('status').innerText()).toContain(FALLBACK);
    expect(await page.locator('#headline-text').innerText()).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    await expectOfflineBasemap(page);
    const t = await times(page);
    expect(t.notice! - t.styleRequested!).toBeLessThanOrEqual(3000);
    await screenshot(page, 'online-basemap-slow');

    // The late answer does not replace the offline basemap.
    releaseStyle();
    await expect.poll(() => styleAnswered).toBe(true);
    // A style taken up now would draw at once; the map stays still and offline.
    await waitForMapStill(page);
    await expectOfflineBasemap(page);
    expect(appErrors(log.errors)).toEqual([]);
  });
});

test('a working online basemap is kept: no notice, its colours drawn under the data', async () => {
  const { page, log } = await openWithStyleServer((route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: onlineStyle(false) }));
  await expect.poll(async () => colorDistance(await colourAt(page, LAND_AT), ONLINE_BACKGROUND)).toBeLessThan(12);
  await expect.poll(() => cityDrawn(page)).toBe(true);
  expect(await page.getByRole('status').innerText()).not.toContain(FALLBACK);
  expect(log.errors).toEqual([]);
});
