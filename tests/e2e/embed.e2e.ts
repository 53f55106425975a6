import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp, screenshot, waitForMapStill } from './browser';

let ctx: BrowserContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('embed mode', () => {
  test.each([
    [360, 640],
    [1200, 700],
  ])('at %i×%i: map, slider, legend and a link to the full view; no app chrome; nothing scrolls', async (width, height) => {
    ctx = await launch({ viewport: { width, height } });
    const requested: string[] = [];
    ctx.on('request', (r) => requested.push(r.url()));
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?embed=1&year=2026`);
    expect(log.errors).toEqual([]);
    expect(await page.locator('header.app-header').count()).toBe(0);
    expect(await page.getByRole('tablist').count()).toBe(0);
    expect(await page.getByRole('slider', { name: 'Year' }).isVisible()).toBe(true);
    expect(await page.locator('.embed-headline').innerText()).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    const full = page.getByRole('link', { name: /Corridor Atlas/ });
    expect(await full.isVisible()).toBe(true);
    const href = new URL((await full.getAttribute('href'))!, inject('baseUrl'));
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('year')).toBe('2026');
    expect(await page.getByRole('list', { name: 'Layers' }).innerText()).toContain('China–Europe Railway Express');
    const fits = await page.evaluate(() => ({
      scrollW: document.documentElement.scrollWidth, scrollH: document.documentElement.scrollHeight,
      w: window.innerWidth, h: window.innerHeight,
      slider: document.querySelector('.year-slider')!.getBoundingClientRect().right,
    }));
    expect(fits.scrollW).toBeLessThanOrEqual(fits.w);
    expect(fits.scrollH).toBeLessThanOrEqual(fits.h);
    expect(fits.slider).toBeLessThanOrEqual(fits.w);
    // Neither the full page (side panel, search, share, charts and their axes) nor the heavy panels are fetched.
    expect(requested.filter((u) => /AtlasPage|d3-selection|RoutesTab|route-query|StoryTab|MeasuresTab/.test(u))).toEqual([]);
    await screenshot(page, `embed-${width}x${height}`);
  });

  test('wheel over the map scrolls the host, not the map, until the map is clicked', async () => {
    ctx = await launch({ viewport: { width: 800, height: 500 } });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?embed=1`);
    const map = page.locator('.map');
    const camera = () => map.getAttribute('data-camera');
    const viewInLink = () => new URL(page.url()).searchParams.get('view');
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const [cameraBefore, viewBefore] = [await camera(), viewInLink()];
    await page.mouse.wheel(0, -400);
    // A wheel zoom draws from the next frame on: a map that draws nothing for 30 of the page's frames did not move.
    await waitForMapStill(page);
    expect(await camera()).toBe(cameraBefore);
    expect(viewInLink()).toBe(viewBefore);
    await page.mouse.click(box.x + 5, box.y + box.height - 60);
    await page.mouse.wheel(0, -400);
    await expect.poll(camera, { timeout: 30_000 }).not.toBe(cameraBefore);
    await expect.poll(viewInLink, { timeout: 30_000 }).not.toBe(viewBefore);
  });

  test('its first code holds none of the export’s projection and paths, nor colour schemes the map never draws', async () => {
    const base = inject('baseUrl');
    const entry = /src="\.?\/?(assets\/start-[^"]+\.js)"/.exec(await (await fetch(base)).text())?.[1];
    expect(entry).toBeDefined();
    const code = await (await fetch(`${base}${entry}`)).text();
    // The export's d3-geo copy draws circles as path strings, arcs " 0 1,1 0,"; the map needs only distances of d3-geo.
    expect(code).not.toContain(' 0 1,1 0,');
    // d3-scale-chromatic's first scheme (BrBG) starts with these colours; the map draws viridis only.
    expect(code).not.toContain('d8b365f5f5f55ab4ac');
    // The one ramp it draws is there: viridis starts with #440154.
    expect(code).toContain('44015444025645');
  });
});
