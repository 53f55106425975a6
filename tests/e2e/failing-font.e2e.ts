import { afterEach, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';

let ctx: BrowserContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

test('a failing Chinese font: the page is in Chinese in the system font, draws its data, and says so', async () => {
  ctx = await launch();
  let asked = 0;
  await ctx.route(/noto-sans-sc-[^/]*\.woff2?$/, (route) => {
    asked++;
    return route.fulfill({ status: 503, body: 'unavailable' });
  });
  const { page } = await openApp(ctx, `${inject('baseUrl')}?lang=zh`);
  expect(asked).toBeGreaterThan(0);
  await expect.poll(() => page.getByRole('status').innerText()).toContain('中文字体无法加载，中文以本设备自带的字体显示。');
  expect(await page.locator('#headline-text').innerText()).toMatch(/^2026 · 45 个试点城市/);
  await expect.poll(() => page.getByRole('table').first().locator('tbody tr').count()).toBe(33);
  await screenshot(page, 'failing-font');
});

test('with the font in, nothing is said', async () => {
  ctx = await launch();
  const { page } = await openApp(ctx, `${inject('baseUrl')}?lang=zh`);
  await page.waitForFunction(() => document.fonts.check('16px "Noto Sans SC"', '北京'));
  expect(await page.getByRole('status').innerText()).not.toContain('字体');
});
