import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas, LngLat } from '../../src/data/schema';
import { BASEMAP_LABEL_COLORS } from '../../src/map/layers/basemap-label-layer';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot, waitForFrames } from './browser';

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
    // A pick shows within a frame or two of the click.
    await waitForFrames(page, 10);
    expect(await panel.count()).toBe(0);
    expect(await page.locator('.deck-tooltip').isVisible()).toBe(false);
    const haikou = await projectToPage(page, HAIKOU);
    await page.mouse.click(haikou.x, haikou.y);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Haikou/);
  });

  test('the canvas the PNG export copies carries them, and the SVG export names the same places', async () => {
    const page = await open('lang=en');
    await expect.poll(() => countryInk(page), { timeout: 20_000 }).toBeLessThan(INK);
    const box = (await page.locator('.map').boundingBox())!;
    const at = await projectToPage(page, KAZAKHSTAN);
    // Read back from the WebGL canvas itself (preserveDrawingBuffer), as renderMapAtScale does.
    const canvasInk = await page.evaluate(({ x, y, color }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas')!;
      const ratio = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const g = copy.getContext('2d')!;
      g.drawImage(canvas, 0, 0);
      const d = g.getImageData(Math.round((x - 6) * ratio), Math.round((y - 6) * ratio), Math.round(13 * ratio), Math.round(13 * ratio)).data;
      let best = Infinity;
      for (let i = 0; i < d.length; i += 4) best = Math.min(best, Math.hypot(d[i]! - color[0]!, d[i + 1]! - color[1]!, d[i + 2]! - color[2]!));
      return best;
    }, { x: at.x - box.x, y: at.y - box.y, color: [...BASEMAP_LABEL_COLORS.country] });
    expect(canvasInk).toBeLessThan(INK);

    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'SVG (vector, for print)' }).click()]);
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
