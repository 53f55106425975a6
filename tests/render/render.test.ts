import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from '../e2e/browser';
import { RENDER_CASES, RENDER_SIZE } from './cases';
import { ALLOWED_MISMATCH, compareWithExpected } from './compare';

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch({ viewport: RENDER_SIZE });
});
afterEach(async () => ctx?.close());

test.each(Object.keys(RENDER_CASES))('%s looks as in its expected.png', async (name) => {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${inject('renderUrl')}?case=${name}`);
  await page.waitForSelector('html[data-rendered="true"], html[data-render-error]', { timeout: 60_000 });
  expect(await page.locator('html').getAttribute('data-render-error')).toBeNull();
  expect(errors).toEqual([]);
  const png = await page.locator('#frame').screenshot();
  const dir = resolve(__dirname, name);
  const { mismatched, written } = compareWithExpected(dir, png, inject('updateGoldens'));
  expect(mismatched, written === 'diff' ? `see ${dir}/actual.png and diff.png` : 'no expected.png yet: run with UPDATE_GOLDENS=1').toBeLessThanOrEqual(ALLOWED_MISMATCH);
});
