import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';
import { formatViolations, runAxe, type AxeViolation } from './a11y-support';

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

/** The figure's card in the key-figures panel. */
const card = (page: Page, id: string) => page.locator(`[data-figure="${id}"]`);

const openFigures = async (url: string, tabName: string) => {
  const { page } = await openApp(ctx, url);
  await page.getByRole('tab', { name: tabName }).click();
  await page.getByRole('heading', { level: 2, name: tabName }).waitFor();
  return page;
};

describe('key figures', () => {
  test('one click from the first screen: single window and AEO figures with their sources, in English', async () => {
    const page = await openFigures(inject('baseUrl'), 'Key figures');
    const panel = page.getByRole('tabpanel');
    for (const heading of ['Single window for international trade', 'Authorised Economic Operators (AEO)', 'Customs in the 14th Five-Year Plan period (2021–2025)'])
      expect(await panel.getByRole('heading', { level: 3, name: heading }).count()).toBe(1);
    const services = card(page, 'single-window-services');
    expect(await services.innerText()).toMatch(/964\s+online services/);
    expect(await services.locator('.key-figure-quote').innerText()).toBe('offering 964 online services');
    await services.getByText('Sources: S04').click();
    expect(await services.getByRole('link').first().getAttribute('href')).toBe('http://english.scio.gov.cn/pressroom/2025-12/16/content_118230968_2.html');
    expect(await card(page, 'aeo-mutual-recognition').innerText()).toMatch(/57\s+countries and regions[\s\S]*Sources: S04/);
    expect(await card(page, 'fyp14-trade-value-yuan').innerText()).toMatch(/42\.3tn\s+yuan/);
    await screenshot(page, 'key-figures-en');
    await services.scrollIntoViewIfNeeded();
    await screenshot(page, 'key-figures-en-single-window');
  });

  test('in Chinese the panel keeps 964 and 57 with their sources', async () => {
    const page = await openFigures(`${inject('baseUrl')}?lang=zh`, '关键数据');
    expect(await page.getByRole('heading', { level: 3, name: '国际贸易“单一窗口”' }).count()).toBe(1);
    expect(await card(page, 'single-window-services').innerText()).toMatch(/964\s+项在线服务[\s\S]*来源：S04/);
    expect(await card(page, 'aeo-mutual-recognition').innerText()).toMatch(/57\s+个国家和地区[\s\S]*来源：S04/);
    expect(await card(page, 'fyp14-trade-value-yuan').innerText()).toMatch(/42\.3万亿\s+元/);
    // The panel's own words (headings, buttons, source toggles, units) carry no English; ids and acronyms are data.
    const chrome = await page.getByRole('tabpanel').locator('h2, h3, button, summary, .key-figure-value, .key-figure-label, .key-figure-meta').allInnerTexts();
    const english = chrome.flatMap((t) => t.replace(/\b(?:AEO|CSV|S-?[A-Z]?\d+)\b/g, ' ').match(/[A-Za-z]{3,}/g) ?? []);
    expect(english).toEqual([]);
    await screenshot(page, 'key-figures-zh');
  });

  test('the download holds every figure with its source, quote and link', async () => {
    const page = await openFigures(inject('baseUrl'), 'Key figures');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download key figures (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^corridor-atlas-2026-all-en-key-figures-[0-9a-f]{12}\.csv$/);
    const text = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('id,group,label_en,label_zh,value,unit,as_of,status,quote,note,source_ids,source_urls');
    const rows = csvParse(text);
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('single-window-services')).toMatchObject({ value: '964', source_ids: 'S04', quote: 'offering 964 online services' });
    expect(row('aeo-mutual-recognition')).toMatchObject({ value: '57', source_ids: 'S04' });
    expect(row('aeo-mutual-recognition')!.source_urls).toContain('english.scio.gov.cn');
  });

  test('keyboard: the tab is reached with the arrow keys, and axe finds no serious or critical violation in the panel', async () => {
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'Key figures' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Key figures' }).getAttribute('aria-selected')).toBe('true');
    const blocking = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking, formatViolations(blocking)).toEqual([] as AxeViolation[]);
  });
});
