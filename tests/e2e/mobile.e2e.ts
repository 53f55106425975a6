import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { projectToPage, screenshot } from './browser';
import { launchDevice, visit } from './a11y-support';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };

let phone: BrowserContext;
beforeEach(async () => {
  phone = await launchDevice(inject('baseUrl'), { viewport: PHONE, isMobile: true, hasTouch: true });
});
afterEach(async () => phone?.close());

type Box = { x: number; y: number; width: number; height: number };
const describeBox = (b: Box | null) => (b ? `x ${b.x.toFixed(0)}, y ${b.y.toFixed(0)}, ${b.width.toFixed(0)}×${b.height.toFixed(0)}` : 'not rendered');
const insideScreen = (b: Box | null) => !!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= PHONE.width + 0.5 && b.y + b.height <= PHONE.height + 0.5;

/** Width and height of a PNG file, from its IHDR chunk. */
const pngSize = (path: string) => {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

/** The city of the table that is drawn farthest from any other pilot city, inside the map with a margin. */
async function loneCity(page: Page) {
  const names = await page.getByRole('table', { name: 'Pilot cities' }).locator('tbody th button').allInnerTexts();
  const cities = names.map((n) => atlas.cities.find((c) => c.nameEn === n)!).filter(Boolean);
  const box = (await page.locator('.map').boundingBox())!;
  const placed = await Promise.all(cities.map(async (city) => ({ city, at: await projectToPage(page, city.lngLat) })));
  const inside = placed.filter(({ at }) => at.x > box.x + 30 && at.x < box.x + box.width - 50 && at.y > box.y + 30 && at.y < box.y + box.height - 30);
  const gap = (p: (typeof placed)[number]) => Math.min(...placed.filter((q) => q !== p).map((q) => Math.hypot(q.at.x - p.at.x, q.at.y - p.at.y)));
  return inside.sort((a, b) => gap(b) - gap(a))[0];
}

describe('on a phone (375×667, touch)', () => {
  test('the map, the year slider and the headline counts all fit on the first screen', async () => {
    const page = await visit(phone, inject('baseUrl'), 'table tbody tr');
    await page.evaluate(() => window.scrollTo(0, 0));
    const map = await page.locator('.map').boundingBox();
    const slider = await page.getByRole('slider', { name: 'Year' }).boundingBox();
    const counts = await page.locator('#headline-text').boundingBox();
    const boxes = `map: ${describeBox(map)}; slider: ${describeBox(slider)}; counts: ${describeBox(counts)}`;
    expect({ map: insideScreen(map), slider: insideScreen(slider), counts: insideScreen(counts) }, boxes).toEqual({ map: true, slider: true, counts: true });
    expect(map!.height, boxes).toBeGreaterThanOrEqual(0.4 * PHONE.height);
  });

  test('nothing is wider than the screen', async () => {
    const page = await visit(phone, inject('baseUrl'), 'table tbody tr');
    const wide = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      overflowing: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('.visually-hidden'))
        .slice(0, 10)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${el.getBoundingClientRect().right.toFixed(0)}`),
    }));
    expect(wide.scrollWidth, wide.overflowing.join('\n')).toBeLessThanOrEqual(PHONE.width);
  });

  test('a city tapped in the table opens its details as a bottom sheet', async () => {
    const page = await visit(phone, inject('baseUrl'), 'table tbody tr');
    const button = page.getByRole('table', { name: 'Pilot cities' }).locator('tbody th button').first();
    const name = await button.innerText();
    await button.tap();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(new RegExp(`^${name}`));
    const box = await panel.boundingBox();
    const where = describeBox(box);
    expect(Math.abs(box!.y + box!.height - PHONE.height), `panel at ${where}: bottom edge at the screen's bottom`).toBeLessThanOrEqual(1);
    expect(Math.abs(box!.x), `panel at ${where}: left edge at the screen's left`).toBeLessThanOrEqual(1);
    expect(Math.abs(box!.width - PHONE.width), `panel at ${where}: full width`).toBeLessThanOrEqual(1);
  });

  test('tapping a city on the map selects it', async () => {
    // Zoomed in on eastern China, where the cities are apart enough for a finger.
    const page = await visit(phone, `${inject('baseUrl')}?year=2025&view=112,30,3.2`, 'table tbody tr');
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = await loneCity(page);
    expect(target, 'no pilot city is drawn inside the phone map').toBeDefined();
    await page.touchscreen.tap(target!.at.x, target!.at.y);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText().catch(() => '')).toMatch(new RegExp(`^${target!.city.nameEn}`));
  });

  test('a two-finger pinch zooms the map in', async () => {
    const page = await visit(phone, inject('baseUrl'), 'table tbody tr');
    await page.evaluate(() => window.scrollTo(0, 0));
    const [a, b] = [atlas.cities.find((c) => c.id === 'haikou')!, atlas.cities.find((c) => c.id === 'shanghai')!];
    const spread = async () => {
      const [p, q] = [await projectToPage(page, a.lngLat), await projectToPage(page, b.lngLat)];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const before = await spread();
    const box = (await page.locator('.map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await phone.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }],
      });
    await touch('touchStart', 20);
    for (let d = 30; d <= 120; d += 10) {
      await touch('touchMove', d);
      // The fingers' speed is part of the gesture: one step a frame, as a person's pinch moves.
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', 120);
    await expect.poll(spread, { timeout: 10_000 }).toBeGreaterThan(before * 1.5);
  });
});

describe('screenshots, looked at by a person', () => {
  test.each([
    ['mobile-en', 'en', PHONE],
    ['mobile-zh', 'zh', PHONE],
    ['desktop-en', 'en', DESKTOP],
    ['desktop-zh', 'zh', DESKTOP],
  ] as const)('%s', async (name, lang, viewport) => {
    const ctx = viewport === PHONE ? phone : await launchDevice(inject('baseUrl'), { viewport });
    try {
      const page = await visit(ctx, `${inject('baseUrl')}${lang === 'zh' ? '?lang=zh' : ''}`, 'table tbody tr');
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = await screenshot(page, name);
      expect(pngSize(path)).toEqual(viewport);
    } finally {
      if (ctx !== phone) await ctx.close();
    }
  });
});
