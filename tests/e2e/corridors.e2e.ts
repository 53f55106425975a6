import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
let ctx: BrowserContext;
let page: Page;

beforeAll(async () => {
  ctx = await launch();
  ({ page } = await openApp(ctx, inject('baseUrl')));
});
afterAll(async () => ctx?.close());

const mapShot = async () => (await page.locator('.map').screenshot()).toString('base64');

describe('corridor explorer', () => {
  test('a corridor panel shows its lines with lengths, transit facts and yearly charts with gaps', async () => {
    await page.getByRole('tab', { name: 'Corridors' }).click();
    await page.getByRole('button', { name: 'China–Europe Railway Express' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.innerText()).toContain('9,139 km drawn');
    expect(await panel.innerText()).toContain('11,179');
    const charts = panel.locator('figure');
    expect(await charts.count()).toBeGreaterThan(2);
    expect(await panel.getByText('no data').count()).toBeGreaterThan(0);
    await screenshot(page, 'corridor-cre');
  });

  test('route comparison: Chongqing to Duisburg lists rail options with distances and draws them', async () => {
    await page.getByRole('tab', { name: 'Routes' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Chongqing' });
    await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Duisburg (DE)' });
    await expect.poll(() => panel.locator('.route-option').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const text = await panel.innerText();
    expect(text).toContain('Rail (China–Europe Railway Express)');
    expect(text).toMatch(/9,1\d\d km/);
    expect(text).toContain('Alashankou');
    expect(text).toMatch(/\d+(\.\d)?–\d+(\.\d)? days \(indicative\)/);
    // No modelled sea service reaches northern Europe; the panel says so instead of inventing one.
    expect(await panel.locator('.route-unavailable').textContent()).toContain('Sea (Silk Road Maritime)');
    const w1 = atlas.lines.find((l) => l.id === 'CRE-W1')!;
    const karagandy = w1.nodes.find((n) => n.nameEn === 'Karagandy')!;
    const px = await pixelsAround(page, await projectToPage(page, karagandy.lngLat), 2);
    expect(Math.min(...px.map((p) => colorDistance(p, [25, 25, 35])))).toBeLessThan(70);
    expect(new URL(page.url()).searchParams.get('from')).toBe('city:chongqing');
    await screenshot(page, 'route-chongqing-duisburg');
  });

  test('route comparison: a sea option from Xiamen to Singapore, and an unreachable pair says so', async () => {
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Xiamen' });
    await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Singapore (SG)' });
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('Sea (Silk Road Maritime)');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Kunming' });
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toMatch(/No route through the corridor network|Not available/);
    await panel.getByRole('button', { name: 'Clear' }).click();
  });

  test('flows move, and stop with the visible control', async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    const a = await mapShot();
    await page.waitForTimeout(700);
    expect(await mapShot()).not.toBe(a);
    await page.getByRole('button', { name: 'Pause flows' }).click();
    await page.waitForTimeout(300);
    const b = await mapShot();
    await page.waitForTimeout(700);
    expect(await mapShot()).toBe(b);
    await page.getByRole('button', { name: 'Animate flows' }).click();
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion the flows do not move', async () => {
    const reduced = await launch({ reducedMotion: true });
    try {
      const { page: p } = await openApp(reduced, inject('baseUrl'));
      await p.waitForTimeout(500);
      const a = (await p.locator('.map').screenshot()).toString('base64');
      await p.waitForTimeout(900);
      expect((await p.locator('.map').screenshot()).toString('base64')).toBe(a);
      expect(await p.getByRole('button', { name: 'Animate flows' }).count()).toBe(1);
    } finally {
      await reduced.close();
    }
  });
});
