import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { colorDistance, isBasemapPixel, launch, openApp, pixelsAround, projectToPage, screenshot, waitForFrames, type PageLog } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const HAIKOU = atlas.cities.find((c) => c.id === 'haikou')!.lngLat;
const KUNMING = atlas.cities.find((c) => c.id === 'kunming')!.lngLat;
const KARAGANDY = atlas.lines.find((l) => l.id === 'CRE-W1')!.nodes.find((n) => n.nameEn === 'Karagandy')!.lngLat;
const RAIL_ORANGE = [213, 94, 0];
const LOST = 'Map graphics were lost; restoring…';

let ctx: BrowserContext;
let page: Page;
let log: PageLog;
/** Every console message about WebGL or an error, of any level (Chromium reports GL misuse as warnings). */
let glTrouble: string[] = [];

/**
 * Each test opens its own context and page. With motion (the default here) the moving flows draw every frame, so
 * an error loop would show at once; a test about answering input asks for less motion, which screenshots wait less for.
 */
async function open({ motion = true } = {}) {
  glTrouble = [];
  ctx = await launch({ reducedMotion: !motion });
  ({ page, log } = await openApp(ctx, `${inject('baseUrl')}?lang=en`));
  page.on('console', (m) => (m.type() === 'error' || /^WebGL: |INVALID_(OPERATION|VALUE|ENUM)/.test(m.text())) && glTrouble.push(m.text()));
}
afterEach(async () => ctx?.close());

/** Loses or restores the map canvas's WebGL context, as a GPU reset or a driver update would. */
const setContext = (action: 'loseContext' | 'restoreContext') =>
  page.evaluate((a) => {
    const w = window as unknown as { lostContextControl?: WEBGL_lose_context };
    if (a === 'loseContext') {
      const gl = document.querySelector<HTMLCanvasElement>('.map canvas')!.getContext('webgl2')!;
      w.lostContextControl = gl.getExtension('WEBGL_lose_context')!;
    }
    w.lostContextControl![a]();
  }, action);

const drawnAt = async (lngLat: [number, number]) => (await pixelsAround(page, await projectToPage(page, lngLat), 2)).some((px) => !isBasemapPixel(px));
const cityDrawn = () => drawnAt(HAIKOU);
const railDrawn = async () =>
  Math.min(...(await pixelsAround(page, await projectToPage(page, KARAGANDY), 3)).map((px) => colorDistance(px, RAIL_ORANGE))) < 90;
const notices = () => page.getByRole('status').first().innerText();

/** Loses the context, waits for the notice, restores it and waits until the map has drawn its cities again. */
async function loseAndRecover() {
  await setContext('loseContext');
  await expect.poll(notices).toContain(LOST);
  await setContext('restoreContext');
  await expect.poll(notices, { timeout: 60_000 }).not.toContain(LOST);
  await expect.poll(cityDrawn, { timeout: 30_000 }).toBe(true);
}

describe('a lost WebGL context', () => {
  test('says so while it lasts, then draws the map, cities and corridors again without an error loop', async () => {
    await open();
    expect(await cityDrawn()).toBe(true);
    expect(await railDrawn()).toBe(true);

    await setContext('loseContext');
    await expect.poll(notices).toContain(LOST);
    expect(await railDrawn()).toBe(false);
    await screenshot(page, 'context-lost');

    await setContext('restoreContext');
    await expect.poll(notices, { timeout: 60_000 }).not.toContain(LOST);
    await expect.poll(cityDrawn, { timeout: 30_000 }).toBe(true);
    await expect.poll(railDrawn).toBe(true);
    await screenshot(page, 'context-restored');

    // Nothing keeps failing in the background: the count does not grow while the flows animate (an error
    // loop fails on every frame).
    const afterRestore = glTrouble.length;
    await waitForFrames(page, 30);
    expect(glTrouble.slice(afterRestore)).toEqual([]);
    expect(glTrouble).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('after recovery the map still answers: hover, click and the year slider', async () => {
    await open({ motion: false });
    await loseAndRecover();
    const haikou = await projectToPage(page, HAIKOU);
    await page.mouse.move(haikou.x, haikou.y);
    await expect.poll(() => page.locator('.deck-tooltip').innerText()).toBe('Haikou');
    await page.mouse.click(haikou.x, haikou.y);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Haikou/);
    await page.keyboard.press('Escape');

    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => drawnAt(KUNMING)).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => drawnAt(KUNMING)).toBe(false);
    await page.keyboard.press('End');
    await expect.poll(() => drawnAt(KUNMING)).toBe(true);
  });

  test('a second loss recovers as well', async () => {
    await open();
    await loseAndRecover();
    await loseAndRecover();
    expect(glTrouble).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
