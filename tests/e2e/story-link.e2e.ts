import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, openApp } from './browser';

let ctx: BrowserContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

const story = (page: Page) => page.getByRole('region', { name: /^Story/ });
const headline = (page: Page) => page.locator('#headline-text').innerText();
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('a story link behaves like a slideshow', () => {
  test('→ works at once: the link puts focus in the story', async () => {
    ctx = await launch({ reducedMotion: true });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?story=3`);
    await expect.poll(() => story(page).innerText()).toContain('Step 3 of 13');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.story-panel'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => story(page).innerText()).toContain('Step 4 of 13');
    await expect.poll(() => headline(page)).toMatch(/^2019 · /);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => story(page).innerText()).toContain('Step 3 of 13');
  });

  test('a year by hand leaves the story cleanly, and the link says so', async () => {
    ctx = await launch({ reducedMotion: true });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?story=7`);
    await expect.poll(() => headline(page)).toMatch(/^2023 · /);
    await page.getByRole('button', { name: 'Next year' }).click();
    await expect.poll(() => story(page).count()).toBe(0);
    await expect.poll(() => headline(page)).toMatch(/^2024 · /);
    await expect.poll(() => param(page, 'story')).toBeNull();
    await expect.poll(() => param(page, 'year')).toBe('2024');
  });

  test('a move of the map by hand leaves the story; its own flights do not', async () => {
    ctx = await launch({ reducedMotion: true });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?story=5`);
    await expect.poll(() => story(page).innerText()).toContain('Step 5 of 13');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.story-panel'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => story(page).innerText()).toContain('Step 6 of 13');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => story(page).count()).toBe(0);
    await expect.poll(() => param(page, 'story')).toBeNull();
  });

  test('story and year round-trip; a link whose year is not the step\'s is told so and shows the step', async () => {
    ctx = await launch({ reducedMotion: true });
    const { page } = await openApp(ctx, `${inject('baseUrl')}?story=3&year=2026`);
    await expect.poll(() => story(page).innerText()).toContain('Step 3 of 13');
    expect(await headline(page)).toMatch(/^2018 · /);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.story-panel'))).toBe(true);
    await expect.poll(() => page.getByRole('status').innerText()).toContain('year="2026" could not be used (story step 3 shows 2018)');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'story')).toBe('4');
    const link = page.url();
    expect(param(page, 'year')).toBe('2019');
    const { page: again } = await openApp(ctx, link);
    await expect.poll(() => story(again).innerText()).toContain('Step 4 of 13');
    expect(await headline(again)).toMatch(/^2019 · /);
    expect(await again.getByRole('status').locator('.notice').count()).toBe(0);
  });

  test('the handout link keeps the language', async () => {
    ctx = await launch();
    const { page } = await openApp(ctx, `${inject('baseUrl')}?lang=zh`);
    await page.getByRole('tab', { name: '故事' }).click();
    const href = await page.getByRole('link', { name: '打印讲义' }).getAttribute('href');
    expect(new URLSearchParams(href!.replace(/^[^?]*/, '')).get('lang')).toBe('zh');
  });
});

describe('history is as safe as the first load', () => {
  test('back to a corrected link runs the same checks: the value is in range and the notice shows again', async () => {
    ctx = await launch();
    const { page } = await openApp(ctx, `${inject('baseUrl')}?year=1950&select=city:atlantis`);
    const notices = page.getByRole('status');
    await expect.poll(() => notices.innerText()).toContain('year="1950" could not be used');
    expect(await notices.innerText()).toContain('select="city:atlantis" could not be used');
    expect(await headline(page)).toMatch(/^2026 · /);
    while ((await notices.locator('.notice').count()) > 0) await notices.getByRole('button', { name: 'Dismiss' }).first().click();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await page.getByRole('button', { name: 'Shanghai' }).click();
    await expect.poll(() => param(page, 'select')).toBe('city:shanghai');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => param(page, 'year')).toBe('1950');
    await expect.poll(() => notices.innerText()).toContain('year="1950" could not be used');
    expect(await notices.innerText()).toContain('select="city:atlantis" could not be used');
    expect(await headline(page)).toMatch(/^2026 · /);
    expect(await page.getByRole('slider', { name: 'Year' }).inputValue()).toBe('2026');
    expect(await page.getByRole('complementary', { name: 'Details' }).count()).toBe(0);
    // Notices show once: forward and back again do not stack a second copy.
    await page.goForward();
    await page.goBack();
    await expect.poll(() => notices.locator('.notice', { hasText: 'year="1950"' }).count()).toBe(1);
  });
});
