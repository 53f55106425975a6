import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';

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
    await expect.poll(() => panel.innerText()).toContain('9,144 km drawn');
    expect(await panel.innerText()).toContain('11,179');
    const charts = panel.locator('figure');
    expect(await charts.count()).toBeGreaterThan(2);
    expect(await panel.getByText('no data').count()).toBeGreaterThan(0);
    await screenshot(page, 'corridor-cre');
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
