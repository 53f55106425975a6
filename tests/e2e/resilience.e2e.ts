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
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2025 · 25 pilot cities/);
    const notices = await page.getByRole('status').innerText();
    expect(notices).toContain('The link setting year="abc" could not be used (not a year); the default is shown.');
    expect(notices).toContain('The link setting lang="xx" could not be used (expected en or zh); the default is shown.');
    expect(log.errors).toEqual([]);
  });

  test('without WebGL the data table is shown with a clear message', async () => {
    ctx = await launch({ webgl: false });
    const { page } = await openApp(ctx, inject('baseUrl'), { waitFor: 'table' });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('cannot draw the map');
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(20);
    await screenshot(page, 'no-webgl');
  });

  test('a failing basemap is reported and the data is still drawn', async () => {
    ctx = await launch();
    await ctx.route(/countries-50m.*\.json$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    const { page } = await openApp(ctx, inject('baseUrl'));
    await expect.poll(() => page.getByRole('status').innerText()).toContain('country outlines could not be loaded');
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(20);
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
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(20);
  });
});
