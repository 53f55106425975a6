import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';

let ctx: BrowserContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('bad input never leaves a blank page', () => {
  test('an invalid year and language in the link fall back to defaults and say so', async () => {
    ctx = await launch();
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?year=abc&lang=xx`);
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2026 · 45 pilot cities/);
    const notices = await page.getByRole('status').innerText();
    expect(notices).toContain('The link setting year="abc" could not be used (not a year); the default is shown.');
    expect(notices).toContain('The link setting lang="xx" could not be used (expected en or zh); the default is shown.');
    expect(log.errors).toEqual([]);
  });

  test('without WebGL (browser flags) the page explains it and still gives the table, counts and a working timeline', async () => {
    ctx = await launch({ webgl: false });
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?lang=en`, { waitFor: 'table' });
    expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')))).toBe(false);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('This browser cannot draw the map (WebGL2 is not available)');
    const rows = page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(33);
    expect(await page.locator('#headline-text').innerText()).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    expect(await page.locator('canvas').count()).toBe(0);
    // The map's code is fetched beside the page's own (a preload) but never run: deck.gl and luma.gl, which announce
    // themselves on the page when they run, are absent, and MapLibre starts no worker.
    expect(await page.evaluate(() => ['deck', 'luma'].filter((name) => name in globalThis))).toEqual([]);
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(resources.filter((path) => path.includes('maplibre-gl-worker'))).toEqual([]);
    await screenshot(page, 'no-webgl');

    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#headline-text').innerText()).toBe('2025 · 25 pilot cities (20 named) · 29 measures');
    await expect.poll(() => rows.count()).toBe(20);
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(() => page.locator('#headline-text').innerText()).toBe('2024 · 20 pilot cities (20 named) · 32 measures');
    await expect.poll(() => rows.count()).toBe(20);
    expect(log.errors).toEqual([]);
  });

  test('an embed without WebGL is not blank: explanation, counts and a working year slider', async () => {
    ctx = await launch({ webgl: false, viewport: { width: 800, height: 500 } });
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?embed=1&lang=en`, { waitFor: 'alert' });
    expect(await page.getByRole('alert').innerText()).toContain('This browser cannot draw the map (WebGL2 is not available). The full view');
    const headline = page.locator('.embed-headline');
    await expect.poll(() => headline.innerText()).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    expect(await page.getByRole('link', { name: /Corridor Atlas/ }).isVisible()).toBe(true);
    await screenshot(page, 'no-webgl-embed');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => headline.innerText()).toBe('2025 · 25 pilot cities (20 named) · 29 measures');
    expect(log.errors).toEqual([]);
  });

  test('a failing basemap is reported and the data is still drawn', async () => {
    ctx = await launch();
    await ctx.route(/\/basemap\/\d+\/\d+\/\d+\.pbf$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    const { page } = await openApp(ctx, inject('baseUrl'));
    await expect.poll(() => page.getByRole('status').innerText()).toContain('country outlines could not be loaded');
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(33);
    await screenshot(page, 'basemap-failed');
  });

  test('broken data JSON shows a reason, not a blank page', async () => {
    ctx = await launch();
    await ctx.route(/data\/atlas\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1}' }));
    const { page } = await openApp(ctx, inject('baseUrl'), { waitFor: 'alert' });
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('The data could not be loaded');
  });

  test('a panel whose code cannot be fetched shows a message; the rest of the page keeps working', async () => {
    ctx = await launch();
    await ctx.route(/RoutesTab-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Routes' }).click();
    await expect.poll(() => page.getByRole('tabpanel').getByRole('alert').innerText()).toContain('could not be loaded');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(33);
  });
});
