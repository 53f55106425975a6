import { readFileSync } from 'node:fs';
import { range as d3range } from 'd3';
import { PNG } from 'pngjs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas, LngLat } from '../../src/data/schema';
import { BASEMAP_LABEL_COLORS } from '../../src/cartography/basemap-label-placement';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot, waitForMapStill } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const KAZAKHSTAN = atlas.basemapLabels!.countries.find((c) => c.id === 'KZ')!.lngLat;
const CASPIAN = atlas.basemapLabels!.seas.find((s) => s.id === 'caspian-sea')!.lngLat;
const HAIKOU = atlas.cities.find((c) => c.id === 'haikou')!.lngLat;
const NAMES_OFF = 'layers=cities,ports,srm,cre,lsc,places';
/** Glyph cores come within a few units of the label colour; land, sea, borders and the lines stay above 80. */
const INK = 50;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const open = async (query: string, context = ctx) => (await openApp(context, `${inject('baseUrl')}?${query}`)).page;
/** How close the pixels within 6 px of where a label is anchored come to its colour. */
const inkOf = async (page: Page, lngLat: LngLat, color: readonly number[]) =>
  Math.min(...(await pixelsAround(page, await projectToPage(page, lngLat), 6)).map((px) => colorDistance(px, color)));
const countryInk = (page: Page) => inkOf(page, KAZAKHSTAN, BASEMAP_LABEL_COLORS.country);
const seaInk = (page: Page) => inkOf(page, CASPIAN, BASEMAP_LABEL_COLORS.sea);

describe('place names on the basemap', () => {
  test('in English: Kazakhstan and the Caspian Sea are named where their labels are anchored', async () => {
    const page = await open('lang=en');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    await expect.poll(() => seaInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    await screenshot(page, 'basemap-labels-en-1280');
  });

  test('in Chinese too, once the font has loaded', async () => {
    const page = await open('lang=zh');
    await expect.poll(() => countryInk(page), { timeout: 30_000 }).toBeLessThan(INK);
    await expect.poll(() => seaInk(page), { timeout: 30_000 }).toBeLessThan(INK);
    expect(await page.evaluate(() => document.fonts.check('11px "Noto Sans SC"', '哈萨克斯坦'))).toBe(true);
    await screenshot(page, 'basemap-labels-zh-1280');
  });

  test('the layer switch hides them, and the URL says so; a link without "names" draws none', async () => {
    const page = await open('lang=en');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    await page.getByRole('checkbox', { name: /Place names/ }).uncheck();
    await expect.poll(() => countryInk(page)).toBeGreaterThan(80);
    expect(await seaInk(page)).toBeGreaterThan(80);
    expect(new URL(page.url()).searchParams.get('layers')).toBe('cities,ports,srm,cre,lsc,places');
    const off = await open(`lang=en&${NAMES_OFF}`);
    expect(await countryInk(off)).toBeGreaterThan(80);
  });

  test('they are not pickable: a click on a name selects nothing, a click on a city still opens it', async () => {
    const page = await open('lang=en');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    const label = await projectToPage(page, KAZAKHSTAN);
    await page.mouse.move(label.x, label.y);
    await page.mouse.click(label.x, label.y);
    const panel = page.getByRole('complementary', { name: 'Details' });
    // A pick shows within a frame or two of the click: by the time the map has stopped drawing.
    await waitForMapStill(page);
    expect(await panel.count()).toBe(0);
    expect(await page.locator('.deck-tooltip').isVisible()).toBe(false);
    const haikou = await projectToPage(page, HAIKOU);
    await page.mouse.click(haikou.x, haikou.y);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Haikou/);
  });

  test('the PNG export carries them, and the SVG export names the same places', async () => {
    const page = await open('lang=en');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    const box = (await page.locator('.map').boundingBox())!;
    const at = await projectToPage(page, KAZAKHSTAN);
    await page.getByRole('button', { name: 'Export' }).click();
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'PNG 1×' }).click()]);
    // The map sits under the PNG's white title block: its first row is the first that is not white at the left edge.
    const image = PNG.sync.read(readFileSync((await png.path())!));
    const rgbAt = (x: number, y: number): [number, number, number] => {
      const i = (y * image.width + x) * 4;
      return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    };
    let top = 0;
    while (top < image.height && rgbAt(2, top).every((v) => v > 245)) top += 1;
    const [x, y] = [Math.round(at.x - box.x), top + Math.round(at.y - box.y)];
    const nearby = d3range(-6, 7).flatMap((dy) => d3range(-6, 7).map((dx) => rgbAt(x + dx, y + dy)));
    const pngInk = Math.min(...nearby.map((px) => colorDistance(px, BASEMAP_LABEL_COLORS.country)));
    expect(pngInk).toBeLessThan(INK);

    const svgButton = page.getByRole('button', { name: 'SVG (vector, for print)' });
    if (!(await svgButton.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), svgButton.click()]);
    const svg = readFileSync((await file.path())!).toString('utf8');
    const names = await page.evaluate((text) => {
      const group = new DOMParser().parseFromString(text, 'image/svg+xml').getElementById('place-names');
      return Array.from(group?.getElementsByTagName('text') ?? []).map((t) => t.textContent);
    }, svg);
    expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Caspian Sea']));
  });

  test('the embed shows them', async () => {
    const page = await open('lang=en&embed=1');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
  });

  test('on a phone, in English and Chinese: a few big names, none cut by the edge', async () => {
    const phone = await launch({ viewport: { width: 375, height: 667 } });
    try {
      for (const lang of ['en', 'zh']) {
        const page = await open(`lang=${lang}`, phone);
        await expect.poll(() => countryInk(page), { timeout: 30_000 }).toBeLessThan(INK);
        await screenshot(page, `basemap-labels-${lang}-375`);
      }
    } finally {
      await phone.close();
    }
  });
});
