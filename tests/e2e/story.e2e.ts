import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { colorDistance, launch, openApp, pixelsAround, projectToPage, screenshot, SCREENSHOT_DIR } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const HIGHLIGHT = [200, 30, 90];
let ctx: BrowserContext;
let page: Page;

// Each test has its own context and page.
const open = async (query: string) => ({ page } = await openApp(ctx, `${inject('baseUrl')}${query}`));
beforeEach(async () => {
  ctx = await launch({ reducedMotion: true });
});
afterEach(async () => ctx?.close());

const ringAt = async (cityId: string) => {
  const city = atlas.cities.find((c) => c.id === cityId)!;
  const px = await pixelsAround(page, await projectToPage(page, city.lngLat), 16);
  return Math.min(...px.map((p) => colorDistance(p, HIGHLIGHT))) < 60;
};

describe('story mode', () => {
  test('?story=1 opens the first step; the arrow key walks through every step', async () => {
    await open('?story=1');
    const story = page.getByRole('region', { name: /^Story/ });
    await expect.poll(() => story.innerText()).toContain(`Step 1 of ${atlas.storySteps.length}`);
    await story.getByRole('button', { name: 'Next step' }).focus();
    for (const step of atlas.storySteps) {
      await expect.poll(() => story.innerText()).toContain(`Step ${step.step} of ${atlas.storySteps.length}`);
      expect(await story.innerText()).toContain(step.titleEn);
      await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(new RegExp(`^${step.year} ·`));
      expect(await story.getByRole('link').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('story')).toBe(String(step.step));
      // A step's cities are ringed only in the years they were pilots (a ring reads as a pilot city).
      const city = step.cityIds[0];
      const pilot = city !== undefined && atlas.cities.find((c) => c.id === city)!.years.some((y) => y.year === step.year);
      if (city) await expect.poll(() => ringAt(city), { timeout: 15_000 }).toBe(pilot);
      if (step.step === 7 || step.step === 2) await screenshot(page, `story-step-${step.step}`);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('the previous button and Escape work by keyboard', async () => {
    await open(`?story=${atlas.storySteps.length}`);
    const story = page.getByRole('region', { name: /^Story/ });
    await story.getByRole('button', { name: 'Previous step' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => story.innerText()).toContain(`Step ${atlas.storySteps.length - 1} of`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: /^Story/ }).count()).toBe(0);
  });
});

describe('measures browser', () => {
  test('filtering by direction narrows the list; national measures name no city, so none is ringed', async () => {
    await open('');
    await page.getByRole('tab', { name: 'Measures' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.locator('li.measure').count()).toBeGreaterThan(2);
    const before = await panel.locator('li.measure').count();
    const direction = panel.getByLabel('Direction', { exact: true }).and(panel.locator('select'));
    await direction.selectOption({ index: 1 });
    await expect.poll(() => panel.locator('li.measure').count()).toBeLessThan(before);
    expect(await panel.locator('li.measure').count()).toBeGreaterThan(0);
    // No measure of the data is tagged to a city (the 2025 national measures were wrongly tagged Qingdao): no city filter.
    expect(atlas.measures.every((m) => m.cityIds.length === 0)).toBe(true);
    expect(await panel.getByLabel('City').count()).toBe(0);
    await panel.locator('li.measure button[aria-pressed]').first().click();
    expect(await panel.locator('li.measure').first().innerText()).toContain('No pilot city named in sources');
    await screenshot(page, 'measures-direction');
  });
});

describe('printable handout', () => {
  test('every step is printed with its map image and its sources', async () => {
    const handoutCtx = await launch();
    try {
      const { page: p } = await openApp(handoutCtx, `${inject('baseUrl')}?handout=1`, { waitFor: 'handout' });
      await p.waitForSelector('.handout-page[aria-busy="false"]', { timeout: 120_000 });
      const images = p.locator('.story-handout img');
      expect(await images.count()).toBe(atlas.storySteps.length);
      for (let i = 0; i < (await images.count()); i++) expect(await images.nth(i).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
      await p.emulateMedia({ media: 'print' });
      expect(await p.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);
      const text = await p.locator('.story-handout').innerText();
      for (const step of atlas.storySteps) expect(text).toContain(step.titleEn);
      expect(text).toMatch(/https?:\/\//);
      await p.pdf({ path: `${SCREENSHOT_DIR}/handout.pdf` });
    } finally {
      await handoutCtx.close();
    }
  });
});
