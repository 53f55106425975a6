import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { colorDistance, isBasemapPixel, launch, openApp, pixelsAround, projectToPage, screenshot } from './browser';

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const open = async (query: string): Promise<Page> => (await openApp(ctx, `${inject('baseUrl')}${query}`)).page;
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
// Inland Hainan, away from Haikou and its ports.
const INSIDE_HAINAN: [number, number] = [109.6, 19.0];
const HAINAN_VIEW = 'view=109.8,19.3,7';

describe('what each city piloted', () => {
  test('Ningbo shows the Yongzhi AI document review with its figures and source', async () => {
    const page = await open('?year=2025&select=city:ningbo');
    const panel = details(page);
    await expect.poll(() => panel.innerText()).toContain('What was done here');
    const text = await panel.innerText();
    expect(text).toContain('"Yongzhi" AI document-review agent');
    expect(text).toContain('30 %');
    expect(text).toContain('12 seconds');
    expect(text).toContain('4 minutes');
    expect(text).toContain('15 hours');
    expect(text).toContain('General Administration of Customs briefing');
    await screenshot(page, 'places-ningbo');
  });

  test('Guangzhou shows seven years, nearly 200 reforms, 9+N and 1.2 trillion yuan, with sources', async () => {
    const page = await open('?year=2025&select=city:guangzhou');
    const panel = details(page);
    await expect.poll(() => panel.innerText()).toContain('What was done here');
    const text = await panel.innerText();
    for (const s of ['7 years', '200 measures', '"9+N" on-site command centre', '1.2 trillion yuan', '10.4 %', '7 hours', '[S02]', '[S04]'])
      expect(text).toContain(s);
    await screenshot(page, 'places-guangzhou');
  });
});

describe('in Chinese', () => {
  test('Guangzhou and Hainan give yuan in 万亿 and 亿 and say the source is English', async () => {
    const page = await open('?year=2026&lang=zh&select=city:guangzhou');
    const panel = page.locator('aside.detail-panel');
    await expect.poll(() => panel.innerText()).toContain('在这里做了什么');
    const text = await panel.innerText();
    expect(text).toContain('1.2万亿元');
    expect(text).toContain('译自英文来源');
    await screenshot(page, 'places-guangzhou-zh');
    const hainan = await open('?year=2026&lang=zh&select=place:hainan-ftp');
    const figures = await hainan.locator('aside.detail-panel').innerText();
    for (const s of ['7.5亿元', '8,590万元', '48.6亿元', '一线放开']) expect(figures).toContain(s);
  });
});

describe('places on the map, in their years', () => {
  test('the Hainan area is drawn in 2026 and not in 2024', async () => {
    const page2024 = await open(`?year=2024&${HAINAN_VIEW}`);
    const before = await pixelsAround(page2024, await projectToPage(page2024, INSIDE_HAINAN), 2);
    await screenshot(page2024, 'places-hainan-2024');
    const page2026 = await open(`?year=2026&${HAINAN_VIEW}`);
    const after = await pixelsAround(page2026, await projectToPage(page2026, INSIDE_HAINAN), 2);
    await screenshot(page2026, 'places-hainan-2026');
    expect(before.every(isBasemapPixel)).toBe(true);
    expect(after.filter((px, i) => colorDistance(px, before[i]!) > 30).length).toBeGreaterThan(after.length / 2);
  });

  test('a click inside Hainan in 2026 opens its details with the first-month figures', async () => {
    const page = await open(`?year=2026&${HAINAN_VIEW}`);
    const { x, y } = await projectToPage(page, INSIDE_HAINAN);
    await page.mouse.click(x, y);
    const panel = details(page);
    await expect.poll(() => panel.innerText()).toContain('Hainan Free Trade Port');
    const text = await panel.innerText();
    for (const s of ['750 million yuan', '85.9 million yuan', '5,132', '4.86 billion yuan', '745,000', 'Haikou Customs', 'first line'])
      expect(text).toContain(s);
  });

  test('the fruit green channel to Guangzhou is drawn', async () => {
    const page = await open('?year=2025&view=110,22.6,6.5');
    const a = await projectToPage(page, [106.76, 22.1]);
    const b = await projectToPage(page, [113.2644, 23.1291]);
    // Straight on the (Mercator) screen; a little off its middle, clear of the dashes' gaps by sampling a few pixels.
    const px = await pixelsAround(page, { x: (a.x * 0.6 + b.x * 0.4), y: (a.y * 0.6 + b.y * 0.4) }, 3);
    await screenshot(page, 'places-fruit-2025');
    expect(px.some((p) => colorDistance(p, [230, 159, 0]) < 60)).toBe(true);
  });
});
