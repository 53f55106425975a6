import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { LAST_YEAR } from '../../src/data/schema';
import { citiesOfYear } from '../../src/state/atlas-queries';
import { launch, openApp, projectToPage, screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;

let ctx: BrowserContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

/** The pilot cities of `year` drawn outside the map's box (a few pixels in from its edges). */
async function citiesOutsideMap(page: Page, year: number) {
  const box = (await page.locator('.map').boundingBox())!;
  const margin = 4;
  const outside: string[] = [];
  for (const { city } of citiesOfYear(atlas, year)) {
    const at = await projectToPage(page, city.lngLat);
    const inside = at.x >= box.x + margin && at.x <= box.x + box.width - margin && at.y >= box.y + margin && at.y <= box.y + box.height - margin;
    if (!inside) outside.push(`${city.nameEn} at ${at.x.toFixed(0)},${at.y.toFixed(0)} (map ${box.x.toFixed(0)},${box.y.toFixed(0)} ${box.width.toFixed(0)}×${box.height.toFixed(0)})`);
  }
  return outside;
}

describe('the first view', () => {
  test(`opens on the latest year of the data (${LAST_YEAR}); a link that names a year keeps it`, async () => {
    ctx = await launch();
    const { page } = await openApp(ctx, inject('baseUrl'));
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(new RegExp(`^${LAST_YEAR} · `));
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe(String(LAST_YEAR));
    const { page: linked } = await openApp(ctx, `${inject('baseUrl')}?year=2019`);
    await expect.poll(() => linked.locator('#headline-text').innerText()).toMatch(/^2019 · /);
    expect(new URL(linked.url()).searchParams.get('year')).toBe('2019');
  });

  for (const viewport of [{ width: 320, height: 568 }, { width: 375, height: 667 }, { width: 1280, height: 800 }]) {
    test(`at ${viewport.width} px every pilot city of the year is inside the map, and the link gains no camera`, async () => {
      ctx = await launch({ viewport });
      const { page } = await openApp(ctx, inject('baseUrl'));
      await expect.poll(() => citiesOutsideMap(page, LAST_YEAR), { timeout: 15_000 }).toEqual([]);
      await screenshot(page, `default-view-${viewport.width}`);
      expect(new URL(page.url()).searchParams.has('view')).toBe(false);
    });
  }

  test('a link with a year frames that year: 2019 is the one pilot city and its lines', async () => {
    ctx = await launch({ viewport: { width: 375, height: 667 } });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?year=2019`);
    await expect.poll(() => citiesOutsideMap(page, 2019), { timeout: 15_000 }).toEqual([]);
  });

  test('the embed frames the year inside its box, and frames it again when the box changes size', async () => {
    ctx = await launch({ viewport: { width: 400, height: 300 } });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?embed=1`);
    await expect.poll(() => citiesOutsideMap(page, LAST_YEAR), { timeout: 15_000 }).toEqual([]);
    await page.setViewportSize({ width: 320, height: 480 });
    await expect.poll(() => citiesOutsideMap(page, LAST_YEAR), { timeout: 15_000 }).toEqual([]);
    await screenshot(page, 'default-view-embed-320');
  });

  test('once the reader moves the map, a resize keeps their zoom', async () => {
    ctx = await launch({ viewport: { width: 1280, height: 800 } });
    const { page } = await openApp(ctx, inject('baseUrl'));
    const span = async () => {
      const [a, b] = [await projectToPage(page, [80, 30]), await projectToPage(page, [120, 30])];
      return b.x - a.x;
    };
    const framed = await span();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
    const zoomed = await span();
    expect(zoomed / framed).toBeCloseTo(2, 1);
    const wideMap = await page.evaluate(() => document.querySelector('.map')!.clientWidth);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction((before) => document.querySelector('.map')!.clientWidth < before, wideMap);
    await expect.poll(span).toBeCloseTo(zoomed, 0);
  });
});
