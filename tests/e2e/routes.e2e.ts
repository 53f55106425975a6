import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas, LngLat } from '../../src/data/schema';
import { distanceKm } from '../../src/routing/geo';
import { routeResult } from '../../src/routing/route-query';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const ROUTE_INK = [25, 25, 35];
/** Chongqing–Duisburg by rail, as published (S-T06): the yardstick for the drawn rail option. */
const SOURCED_RAIL_KM = 11_179;

let ctx: BrowserContext;
afterEach(async () => ctx?.close());
beforeEach(async () => {
  ctx = await launch();
});

const open = async (query: string) => (await openApp(ctx, `${inject('baseUrl')}?${query}`)).page;
const kmOf = (text: string) => Number(text.match(/([\d,]+) km/)![1]!.replace(/,/g, ''));

/**
 * A point of each option's line that no other option passes within 300 km of, and that the map shows:
 * the screen midpoint of its longest such segment (a vertex may sit under a stop's icon).
 */
async function ownPoints(page: Page, paths: LngLat[][]) {
  const box = (await page.locator('.map').boundingBox())!;
  const inView = ({ x, y }: { x: number; y: number }) =>
    x > box.x + 20 && x < box.x + box.width - 60 && y > box.y + 20 && y < box.y + box.height - 40;
  return Promise.all(paths.map(async (path, i) => {
    const others = paths.filter((_, j) => j !== i).flat();
    const alone = (p: LngLat) => others.every((q) => distanceKm(p, q) >= 300);
    let best: { x: number; y: number; length: number } | null = null;
    for (let k = 1; k < path.length; k++) {
      if (!alone(path[k - 1]!) || !alone(path[k]!)) continue;
      const [a, b] = [await projectToPage(page, path[k - 1]!), await projectToPage(page, path[k]!)];
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y) };
      if (inView(mid) && mid.length > (best?.length ?? 16)) best = mid;
    }
    if (best) return best;
    throw new Error(`option ${i} has no stretch of its own in view`);
  }));
}
const inkAt = async (page: Page, xy: { x: number; y: number }) =>
  Math.min(...(await pixelsAround(page, xy, 2)).map((p) => colorDistance(p, ROUTE_INK)));

describe('route comparison', () => {
  test('Chongqing to Duisburg: rail by two exits, Yangtze and sea, Land–Sea rail and sea, each drawn', async () => {
    const page = await open('from=chongqing&to=duisburg&view=62,32,2.2');
    const options = page.locator('.route-option');
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBe(4);
    const heads = await options.locator('.route-option-head').allInnerTexts();
    expect(heads[0]).toMatch(/Rail \(China–Europe Railway Express\) · via Alashankou/);
    expect(heads[1]).toMatch(/Rail \(China–Europe Railway Express\) · via Erenhot/);
    expect(heads.some((h) => h.startsWith('River and ocean shipping'))).toBe(true);
    expect(heads.some((h) => h.startsWith('Land–Sea Corridor rail to the sea, then ship'))).toBe(true);
    for (const h of heads) expect(h).toMatch(/[\d,]+ km · \d+(\.\d)?–\d+(\.\d)? days/);
    expect(Math.abs(kmOf(heads[0]!) / SOURCED_RAIL_KM - 1)).toBeLessThan(0.1);
    // Sea options sail via Suez and are twice as long as rail, and slower.
    const river = await options.filter({ hasText: 'River and ocean shipping' }).innerText();
    expect(river).toContain('Guoyuan Port → Waigaoqiao Port Area river');
    expect(river).toContain('through Malacca, Bab-el-Mandeb, Suez, Gibraltar');
    expect(river).toContain('Rotterdam → Duisburg rail');
    expect(kmOf(river)).toBeGreaterThan(1.5 * SOURCED_RAIL_KM);
    const table = page.locator('.route-panel table');
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await table.locator('tbody tr').first().innerText()).toContain('Alashankou → Dostyk');
    expect(new URL(page.url()).searchParams.get('from')).toBe('chongqing');

    const paths = routeResult(atlas, 'city:chongqing', 'duisburg', 2025);
    if (paths.status !== 'found') throw new Error('no route in the data');
    const idOrder = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-option')));
    const points = await ownPoints(page, idOrder.map((id) => paths.options.find((o) => o.id === id)!.path));
    await screenshot(page, 'route-chongqing-duisburg');
    for (const [i, xy] of points.entries()) {
      await options.nth(i).locator('.route-option-head').click();
      await expect.poll(() => inkAt(page, xy), { timeout: 10_000 }).toBeLessThan(70);
      const focused = await inkAt(page, xy);
      // Another option in focus dims this one.
      await options.nth((i + 1) % points.length).locator('.route-option-head').click();
      await expect.poll(() => inkAt(page, xy), { timeout: 10_000 }).toBeGreaterThan(focused + 20);
    }
    await options.nth(0).locator('.route-option-head').click();
    await options.nth(0).locator('.route-option-head').click();
  });

  test('sort by distance reorders the list and the chart follows a click', async () => {
    const page = await open('from=chongqing&to=duisburg');
    const heads = page.locator('.route-option .route-option-head');
    await expect.poll(() => heads.count(), { timeout: 20_000 }).toBe(4);
    await page.getByRole('button', { name: 'distance', exact: true }).click();
    const km = (await heads.allInnerTexts()).map(kmOf);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    await page.locator('.route-chart-row').nth(2).click();
    await expect.poll(() => page.locator('.route-option.focused').count()).toBe(1);
    expect(await page.locator('.route-option').nth(2).getAttribute('class')).toContain('focused');
  });

  test('in 2019 Kunming–Vientiane is not offered: the railway is possible from 2021', async () => {
    const page = await open('year=2019&from=kunming&to=vientiane');
    const panel = page.locator('.route-panel');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('connects Kunming and Vientiane in 2019');
    expect(await panel.locator('.route-option').count()).toBe(0);
    expect(await panel.locator('.route-later').innerText()).toMatch(/possible from 2021: China–Laos Railway/);
    await page.getByRole('slider').fill('2021');
    await expect.poll(() => panel.locator('.route-option').count(), { timeout: 20_000 }).toBe(1);
    expect(await panel.locator('.route-option').innerText()).toMatch(/1,0\d\d km/);
  });

  test('Xiamen to Singapore: the named maritime service and ocean shipping; Kunming has no way there', async () => {
    const page = await open('year=2025&from=city:xiamen&to=singapore');
    const panel = page.locator('.route-panel');
    await expect.poll(() => panel.locator('.route-option').count(), { timeout: 20_000 }).toBe(2);
    const text = await panel.innerText();
    expect(text).toContain('Silk Road Maritime service');
    expect(text).toContain('ocean shipping, not a corridor service');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Kunming' });
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('connects Kunming and Singapore in 2025');
    expect(await panel.locator('.route-option').count()).toBe(0);
  });

  test('a destination port given by its id is read, an unknown one falls back and says so', async () => {
    const page = await open('from=chongqing&to=port:rotterdam');
    await expect.poll(() => page.locator('.route-option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    const bad = await open('from=chongqing&to=atlantis');
    await expect.poll(() => bad.getByRole('status').allInnerTexts(), { timeout: 20_000 }).toContainEqual(expect.stringContaining('atlantis'));
    expect(await bad.locator('.route-option').count()).toBe(0);
  });
});
