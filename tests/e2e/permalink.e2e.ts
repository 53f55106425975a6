import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp, projectToPage } from './browser';

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

describe('permalinks and history', () => {
  test('a permalink restores year, selection, camera, language, layers and corridor', async () => {
    const { page, log } = await openApp(
      ctx,
      `${inject('baseUrl')}?year=2023&select=city:ningbo&view=121.5,29.9,6&lang=zh&layers=cities,cre&corridor=cre&line=CRE-W1`,
    );
    expect(log.errors).toEqual([]);
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2023 · 17 个试点城市/);
    await expect.poll(() => page.getByRole('complementary').getByRole('heading', { level: 2 }).innerText()).toMatch(/^宁波/);
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('通道');
    await page.getByRole('tab', { name: '概览' }).click();
    expect(await page.getByRole('checkbox', { name: '口岸' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: '中欧班列' }).isChecked()).toBe(true);
    const center = await projectToPage(page, [121.5, 29.9]);
    const box = (await page.locator('.map').boundingBox())!;
    expect(Math.abs(center.x - (box.x + box.width / 2))).toBeLessThan(2);
    expect(Math.abs(center.y - (box.y + box.height / 2))).toBeLessThan(2);
    await page.close();
  });

  test('user actions push history entries; back and forward restore them', async () => {
    const { page } = await openApp(ctx, inject('baseUrl'));
    const headline = () => page.locator('#headline-text').innerText();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(headline).toMatch(/^2025 ·/);
    await page.getByRole('button', { name: 'Shanghai' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe('city:shanghai');
    await page.goBack();
    await expect.poll(() => page.getByRole('complementary').count()).toBe(0);
    expect(await headline()).toMatch(/^2025 ·/);
    await page.goBack();
    await expect.poll(headline).toMatch(/^2026 ·/);
    await page.goForward();
    await expect.poll(headline).toMatch(/^2025 ·/);
    // Moving the map replaces the entry instead of adding one.
    const length = await page.evaluate(() => history.length);
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 250, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.close();
  });

  test('playback is one history entry that follows its years: back returns to the year it started from', async () => {
    const { page } = await openApp(ctx, `${inject('baseUrl')}?year=2022&lang=en`);
    const headline = () => page.locator('#headline-text').innerText();
    const length = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 10_000 }).toBe('2023');
    await expect.poll(headline, { timeout: 30_000 }).toMatch(/^2026 ·/);
    await expect.poll(() => page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
    // Four years played, one entry; the address bar shows where playback stopped (2026, the default year).
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    await page.goBack();
    await expect.poll(headline).toMatch(/^2022 ·/);
    await page.close();
  });
});
