import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { BASEMAP } from '../../src/cartography/palette';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot, type PageLog } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const LAND = hexToRgb(BASEMAP.land);
const CHINA = hexToRgb(BASEMAP.china);
const SEA = hexToRgb(BASEMAP.sea);
const isBackground = (px: readonly number[]) => [LAND, CHINA, SEA].some((bg) => colorDistance(px, bg) < 12);
const cityAt = (id: string) => atlas.cities.find((c) => c.id === id)!.lngLat;
const lineAt = (id: string) => atlas.lines.find((l) => l.id === id)!;

// Each test has its own context and page, opened on 2025 unless it says otherwise.
let ctx: BrowserContext;
let page: Page;
let log: PageLog;
const open = async (year = 2025) => ({ page, log } = await openApp(ctx, `${inject('baseUrl')}?year=${year}`));

beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const headline = () => page.locator('#headline-text').innerText();
const tableRows = () => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr');

describe('the main view', () => {
  test('loads with every other origin blocked, asks for nothing outside, logs no error', async () => {
    await open();
    expect(log.foreignRequests).toEqual([]);
    expect(log.errors).toEqual([]);
    await screenshot(page, 'main-2025');
  });

  test('2025 shows 25 pilot cities, 20 of them named, one table row each', async () => {
    await open();
    expect(await headline()).toBe('2025 · 25 pilot cities (20 named) · 29 measures');
    await expect.poll(() => tableRows().count()).toBe(20);
    await expect.poll(() => page.getByText('5 of the 25 pilot cities of 2025 are not named in any source found.').count()).toBe(1);
  });

  test('the cities and corridors are drawn where the data puts them', async () => {
    await open();
    const haikou = await projectToPage(page, cityAt('haikou'));
    expect((await pixelsAround(page, haikou, 2)).some((px) => !isBackground(px))).toBe(true);
    const rail = lineAt('CRE-W1').nodes.find((n) => n.nameEn === 'Karagandy')!;
    const railPx = await pixelsAround(page, await projectToPage(page, rail.lngLat), 3);
    const orange = [213, 94, 0];
    expect(Math.min(...railPx.map((px) => colorDistance(px, orange)))).toBeLessThan(90);
  });

  test('a sea leg runs at sea and is drawn there', async () => {
    await open();
    const leg = lineAt('SRM-L3').legs.find((l) => l.mode === 'sea' && l.path.length > 8)!;
    const mid = leg.path[Math.floor(leg.path.length / 2)]!;
    const px = await pixelsAround(page, await projectToPage(page, mid), 3);
    const blue = [0, 114, 178];
    expect(Math.min(...px.map((p) => colorDistance(p, blue)))).toBeLessThan(90);
  });

  test('switching a corridor off removes it from the map, and back on', async () => {
    await open();
    const rail = lineAt('CRE-W1').nodes.find((n) => n.nameEn === 'Karagandy')!;
    const where = await projectToPage(page, rail.lngLat);
    const toggle = page.getByRole('checkbox', { name: /China–Europe Railway Express/ });
    await toggle.uncheck();
    await expect.poll(async () => (await pixelsAround(page, where, 3)).every(isBackground)).toBe(true);
    await toggle.check();
    await expect.poll(async () => (await pixelsAround(page, where, 3)).every(isBackground)).toBe(false);
  });

  test('the year slider works by keyboard and map, counts and table follow', async () => {
    await open();
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(headline).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    await expect.poll(() => tableRows().count()).toBe(33);
    const conflict = page.locator('.launch.conflict');
    await expect.poll(() => conflict.innerText()).toContain('Start date: sources disagree');
    expect(await conflict.innerText()).toContain('16 Mar 2026');
    expect(await conflict.innerText()).toContain('6 Jun 2026');
    await screenshot(page, 'year-2026');
    const kunming = await projectToPage(page, cityAt('kunming'));
    expect((await pixelsAround(page, kunming, 2)).some((px) => !isBackground(px))).toBe(true);

    await page.keyboard.press('Home');
    await expect.poll(headline).toBe('2018 · pilot-city list not found in the sources · measures not found in the sources');
    await expect.poll(() => tableRows().count()).toBe(0);
    expect((await pixelsAround(page, kunming, 2)).every(isBackground)).toBe(true);

    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(headline).toBe('2023 · 17 pilot cities (13 named) · measures not found in the sources');
    await expect.poll(() => tableRows().count()).toBe(13);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(headline).toMatch(/^2025 · 25 pilot cities/);
  });

  test('play runs the years forward and stops on the last one', async () => {
    await open();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(headline).toMatch(/^2024 ·/);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(headline, { timeout: 10_000 }).toMatch(/^2026 · 45 pilot cities/);
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(headline).toMatch(/^2025 ·/);
  });

  test('clicking a city on the map opens its facts with a source link', async () => {
    await open();
    const haikou = await projectToPage(page, cityAt('haikou'));
    await page.mouse.move(haikou.x, haikou.y);
    await expect.poll(() => page.locator('.deck-tooltip').innerText()).toBe('Haikou');
    await page.mouse.click(haikou.x, haikou.y);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Haikou/);
    expect(await panel.innerText()).toContain('Hainan');
    const link = panel.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    await screenshot(page, 'detail-haikou');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  test('clicking a corridor line opens the line it picked, with its corridor and sources', async () => {
    await open();
    const karagandy = lineAt('CRE-W1').nodes.find((n) => n.nameEn === 'Karagandy')!;
    const where = await projectToPage(page, karagandy.lngLat);
    await page.mouse.move(where.x, where.y);
    const tooltip = page.locator('.deck-tooltip');
    const creLines = atlas.lines.filter((l) => l.corridorId === 'cre').map((l) => l.nameEn);
    await expect.poll(async () => creLines.includes(await tooltip.innerText()), { timeout: 10_000 }).toBe(true);
    const picked = await tooltip.innerText();
    await page.mouse.click(where.x, where.y);
    // The corridor's panel opens in its tab with the picked line in focus.
    await expect.poll(() => page.getByRole('tab', { name: 'Corridors' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.getByRole('button', { name: 'China–Europe Railway Express' }).getAttribute('aria-pressed')).toBe('true');
    expect(await panel.getByRole('button', { pressed: true, name: new RegExp(picked.replace(/[()]/g, '.')) }).count()).toBeGreaterThan(0);
    expect(await panel.getByRole('link').count()).toBeGreaterThan(0);
    await screenshot(page, 'corridor-panel');
    await page.getByRole('tab', { name: 'Overview' }).click();
  });

  test('clicking a port opens its facts', async () => {
    await open();
    const port = atlas.ports.find((p) => p.id === 'khorgos')!;
    const where = await projectToPage(page, port.lngLat);
    await page.mouse.move(where.x, where.y);
    await expect.poll(() => page.locator('.deck-tooltip').innerText()).toBe('Khorgos');
    await page.mouse.click(where.x, where.y);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Khorgos/);
    expect(await panel.innerText()).toContain('Rail border port');
    await page.keyboard.press('Escape');
  });

  test('choosing a row of the table selects the city', async () => {
    await open();
    await page.getByRole('button', { name: 'Shanghai' }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(/^Shanghai/);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  test('growth chart: clicking a year selects it', async () => {
    await open();
    await page.getByRole('tabpanel').getByRole('button', { name: /^Select 2024/ }).click();
    await expect.poll(headline).toBe('2024 · 20 pilot cities (20 named) · 32 measures');
  });

  test('Chinese labels and chrome with lang switch', async () => {
    await open(2024);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(headline).toMatch(/^2024 · 20 个试点城市/);
    await screenshot(page, 'zh-2024');
    await page.getByRole('button', { name: 'EN' }).click();
  });
});
