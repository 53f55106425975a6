import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { launch, openApp, projectToPage, screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const open = async (query = '') => (await openApp(ctx, `${inject('baseUrl')}?${query}`)).page;

/** Types into the search box, picks the first suggestion with Enter; returns the detail panel's heading. */
async function find(page: Page, label: string, typed: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
  await box.press('Enter');
  const heading = page.locator('.detail-panel h2');
  await expect.poll(() => heading.count(), { timeout: 10_000 }).toBe(1);
  return heading;
}

/** Where the map's centre is, in page pixels, against where a place is drawn. */
async function offCentre(page: Page, lngLat: [number, number]) {
  const box = (await page.locator('.map').boundingBox())!;
  await expect.poll(async () => {
    const xy = await projectToPage(page, lngLat);
    return Math.hypot(xy.x - (box.x + box.width / 2), xy.y - (box.y + box.height / 2));
  }, { timeout: 10_000 }).toBeLessThan(20);
}

describe('place search', () => {
  test('"chongq" and Enter opens Chongqing and flies the map there', async () => {
    const page = await open();
    const heading = await find(page, 'Find a place', 'chongq');
    expect(await heading.innerText()).toContain('Chongqing');
    expect(new URL(page.url()).searchParams.get('select')).toBe('city:chongqing');
    await offCentre(page, atlas.cities.find((c) => c.id === 'chongqing')!.lngLat);
    await screenshot(page, 'search-chongqing');
  });

  test('Chinese finds the same city; "duisb" finds the corridor stop abroad', async () => {
    const page = await open();
    expect(await (await find(page, 'Find a place', '重庆')).innerText()).toContain('Chongqing');
    const duisburg = await find(page, 'Find a place', 'duisb');
    await expect.poll(() => duisburg.innerText()).toContain('Duisburg');
    expect(new URL(page.url()).searchParams.get('select')).toMatch(/^node:CRE-W\d\.\d+$/);
  });

  test('a city that is not a pilot in the year shown says in which years it was', async () => {
    const page = await open('year=2023');
    await find(page, 'Find a place', 'hefei');
    await expect.poll(() => page.locator('.place-search-status').innerText()).toContain('Hefei was a pilot city in 2024, 2025, 2026; the map shows 2023.');
  });

  test('arrow keys move through the suggestions; Escape closes them; in Chinese the box speaks Chinese', async () => {
    const page = await open('lang=zh');
    const box = page.getByRole('combobox', { name: '查找地点' });
    await box.fill('港');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(2);
    await box.press('ArrowDown');
    const second = page.getByRole('option').nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.fill('不存在的地方');
    await expect.poll(() => page.locator('.place-search-list').innerText()).toContain('数据中没有这个名称的地点');
  });
});
