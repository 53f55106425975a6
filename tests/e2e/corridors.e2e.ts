import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Atlas } from '../../src/data/schema';
import { launch, openApp, projectToPage, screenshot, waitForFrames, waitForMapStill } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const mapShot = async (page: Page) => (await page.locator('.map').screenshot()).toString('base64');
// Frames of the moving flows between two pictures: enough for a trail to move on by a few pixels.
const FLOW_FRAMES = 20;

describe('corridor explorer', () => {
  test('a corridor panel shows its lines with lengths, transit facts and yearly charts with gaps', async () => {
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Corridors' }).click();
    await page.getByRole('button', { name: 'China–Europe Railway Express' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText()).toContain('9,144 km drawn');
    expect(await panel.innerText()).toContain('11,179');
    const charts = panel.locator('figure');
    expect(await charts.count()).toBeGreaterThan(2);
    expect(await panel.getByText('no data').count()).toBeGreaterThan(0);
    await screenshot(page, 'corridor-cre');
  });

  test('flows move, and stop with the visible control', async () => {
    await ctx.close();
    ctx = await launch({ reducedMotion: false });
    const { page } = await openApp(ctx, inject('baseUrl'));
    const a = await mapShot(page);
    await waitForFrames(page, FLOW_FRAMES);
    expect(await mapShot(page)).not.toBe(a);
    await page.getByRole('button', { name: 'Pause flows' }).click();
    await waitForMapStill(page);
    const b = await mapShot(page);
    await waitForMapStill(page);
    expect(await mapShot(page)).toBe(b);
    await page.getByRole('button', { name: 'Animate flows' }).click();
    await waitForFrames(page, FLOW_FRAMES);
    expect(await mapShot(page)).not.toBe(b);
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion the flows do not move', async () => {
    const reduced = await launch({ reducedMotion: true });
    try {
      const { page } = await openApp(reduced, inject('baseUrl'));
      await waitForMapStill(page);
      const a = await mapShot(page);
      await waitForMapStill(page);
      expect(await mapShot(page)).toBe(a);
      expect(await page.getByRole('button', { name: 'Animate flows' }).count()).toBe(1);
    } finally {
      await reduced.close();
    }
  });

  test('a still map asks the browser for no frames, and still answers the pointer at once', async () => {
    await ctx.addInitScript(() => {
      const w = window as unknown as { framesAsked: number };
      w.framesAsked = 0;
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        w.framesAsked++;
        return ask(callback);
      };
    });
    const { page } = await openApp(ctx, inject('baseUrl'));
    await waitForMapStill(page);
    const framesAskedIn = (ms: number) => page.evaluate((wait) => new Promise<number>((done) => {
      const w = window as unknown as { framesAsked: number };
      const before = w.framesAsked;
      setTimeout(() => done(w.framesAsked - before), wait);
    }), ms);
    expect(await framesAskedIn(1500)).toBe(0);
    // Hover wakes it: the name of the city under the pointer shows, and then it sleeps again.
    const haikou = await projectToPage(page, atlas.cities.find((c) => c.id === 'haikou')!.lngLat);
    await page.mouse.move(haikou.x, haikou.y);
    await expect.poll(() => page.locator('.deck-tooltip').innerText()).toBe('Haikou');
    await expect.poll(() => framesAskedIn(500), { timeout: 10_000 }).toBe(0);
  });

  test('a reader who asks for less motion can still start the flows with the visible control', async () => {
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('button', { name: 'Animate flows' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Pause flows' }).count()).toBe(1);
    const a = await mapShot(page);
    await waitForFrames(page, FLOW_FRAMES);
    expect(await mapShot(page)).not.toBe(a);
  });
});
