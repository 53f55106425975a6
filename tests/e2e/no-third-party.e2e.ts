import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp } from './browser';

let ctx: BrowserContext;
/** Every request of every page and worker in the browser, in order. */
const requested: string[] = [];

beforeEach(async () => {
  ctx = await launch();
  ctx.on('request', (r) => requested.push(r.url()));
});
afterEach(async () => ctx?.close());

test('a realistic session asks nothing of any origin but the app’s own', async () => {
  const origin = new URL(inject('baseUrl')).origin;
  const { page, log } = await openApp(ctx, `${inject('baseUrl')}?lang=en`);
  const headline = () => page.locator('#headline-text').innerText();

  await page.getByRole('slider', { name: 'Year' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(headline).toMatch(/^2025 ·/);

  await page.getByRole('table', { name: 'Pilot cities' }).getByRole('button', { name: /Haikou/ }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect.poll(() => details.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Haikou/);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Corridors' }).click();
  await page.getByRole('button', { name: 'China–Europe Railway Express' }).click();
  await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain('km drawn');

  await page.getByRole('tab', { name: 'Routes' }).click();
  const routes = page.getByRole('tabpanel');
  await routes.getByLabel('From', { exact: true }).selectOption({ label: 'Chongqing' });
  await routes.getByLabel('To', { exact: true }).selectOption({ label: 'Duisburg (DE)' });
  await expect.poll(() => routes.locator('.route-option').count(), { timeout: 20_000 }).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect.poll(() => page.getByRole('tabpanel').locator('li.measure').count()).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Story' }).click();
  await page.getByRole('button', { name: 'Start the story' }).click();
  const story = page.getByRole('region', { name: /^Story/ });
  await story.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => story.innerText()).toContain('Step 2 of');

  await page.getByRole('button', { name: 'Share' }).click();
  expect(await page.getByRole('dialog').getByLabel('Embed code').inputValue()).toContain('embed=1');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '中文' }).click();
  await expect.poll(headline).toContain('试点城市');

  const map = (await page.locator('.map').boundingBox())!;
  await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
  const camera = () => page.locator('.map').getAttribute('data-camera');
  const before = await camera();
  await page.mouse.wheel(0, -400);
  await expect.poll(camera, { timeout: 10_000 }).not.toBe(before);

  const embed = await ctx.newPage();
  await embed.goto(`${inject('baseUrl')}?embed=1&lang=en`);
  await embed.waitForSelector('html[data-map-ready="true"]', { timeout: 90_000 });
  await embed.getByRole('slider', { name: 'Year' }).focus();
  await embed.keyboard.press('ArrowRight');
  await expect.poll(() => embed.locator('.embed-headline').innerText()).toMatch(/^2026 ·/);

  // The record is real: it holds the app's data, its lazy panels and the map's worker script.
  expect(requested.some((u) => u.endsWith('/data/atlas.json'))).toBe(true);
  expect(requested.some((u) => /RoutesTab-[^/]+\.js$/.test(u))).toBe(true);
  expect(requested.some((u) => /maplibre-gl-worker-[^/]+\.mjs$/.test(u))).toBe(true);
  const foreign = requested.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  expect(foreign).toEqual([]);
  expect(log.foreignRequests).toEqual([]);
  expect(log.errors).toEqual([]);
});

test('the data downloads once, from the preload that starts it beside the code; the map and the embed both draw from it', async () => {
  for (const query of ['?lang=en', '?embed=1&lang=en']) {
    requested.length = 0;
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}${query}`);
    await expect.poll(() => page.locator('.embed-headline, #headline-text').first().innerText()).toMatch(/^2026 · 45 /);
    // A fetch that did not match the preload would be a second request and a second timing entry.
    expect(requested.filter((u) => new URL(u).pathname.endsWith('/data/atlas.json')), query).toHaveLength(1);
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/data/atlas.json')).map((e) => (e as PerformanceResourceTiming).initiatorType));
    expect(entries, query).toEqual(['link']);
    expect(log.errors).toEqual([]);
    await page.close();
  }
});

test('the browser under test reaches no other host: a request elsewhere is refused and recorded', async () => {
  const { log } = await openApp(ctx, `${inject('baseUrl')}?lang=en`, { waitFor: 'table' });
  const elsewhere = ['http://example.com/', 'http://93.184.215.14/'];
  const other = await ctx.newPage();
  // Refused by the browser's own proxy setting (not merely unanswered for want of a network).
  for (const url of elsewhere) await expect(other.goto(url)).rejects.toThrow(/ERR_PROXY_CONNECTION_FAILED/);
  expect(log.foreignRequests).toEqual(elsewhere);
});
