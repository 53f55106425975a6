import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, openApp } from './browser';

type RawAtlas = { version: string; cities: { years: { year: number }[] }[]; programYears: { year: number; citiesTotal: number }[]; keyFigures: unknown[]; lines: { id: string; nameEn: string }[] };
const DIST = resolve(__dirname, '../../dist/data');
const read = (path: string) => JSON.parse(readFileSync(resolve(DIST, path), 'utf8')) as RawAtlas;
const kept = (JSON.parse(readFileSync(resolve(DIST, 'versions/index.json'), 'utf8')) as { versions: { version: string }[] }).versions;
const OLDEST = kept[0]!.version;
const oldest = read(`versions/${OLDEST}.json`);
const latest = read('atlas.json');
const YEAR = 2023;

/** The headline's city counts for YEAR, read from the file itself. */
const cityCounts = (atlas: RawAtlas) => {
  const total = atlas.programYears.find((p) => p.year === YEAR)!.citiesTotal;
  const named = atlas.cities.filter((c) => c.years.some((y) => y.year === YEAR)).length;
  return `${YEAR} · ${total} pilot cities (${named} named)`;
};

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const headline = (page: Page) => page.locator('#headline-text').innerText();
const notices = (page: Page) => page.locator('.notice').allInnerTexts();
const keyFigureCount = async (page: Page) => {
  await page.getByRole('tab', { name: 'Key figures' }).click();
  await page.getByRole('heading', { level: 2, name: 'Key figures' }).waitFor();
  return page.locator('[data-figure]').count();
};

/** Opens `query` with every version file answered by `body` instead of the server. */
async function openWithVersionsAs(query: string, body: string) {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.route('**/data/versions/*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return openApp(ctx, `${inject('baseUrl')}${query}`);
}

describe('pinned data versions', () => {
  test('a link pinned to the oldest kept version shows that version’s data', async () => {
    expect(latest.keyFigures.length).not.toBe(oldest.keyFigures.length);
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?year=${YEAR}&pin=${OLDEST}`);
    expect(log.errors).toEqual([]);
    await expect.poll(() => headline(page)).toContain(cityCounts(oldest));
    expect(await notices(page)).toEqual([]);
    expect(await keyFigureCount(page)).toBe(oldest.keyFigures.length);
    expect(new URL(page.url()).searchParams.get('pin')).toBe(OLDEST);
    await page.close();
  });

  test('a pinned version whose file does not match its format says so and shows the latest data', async () => {
    const { page } = await openWithVersionsAs(`?year=${YEAR}&pin=${OLDEST}`, JSON.stringify({ ...oldest, cities: 'not a list' }));
    await expect.poll(() => notices(page)).toEqual([expect.stringContaining(
      `This link is pinned to data version ${OLDEST}, whose file does not match its format; the latest data is shown.`,
    )]);
    await expect.poll(() => headline(page)).toContain(cityCounts(latest));
    expect(await keyFigureCount(page)).toBe(latest.keyFigures.length);
    await page.close();
  });

  test('a pinned version older than this app can read says it is too old, in Chinese too', async () => {
    const { page } = await openWithVersionsAs(`?year=${YEAR}&pin=${OLDEST}&lang=zh`, JSON.stringify({ ...oldest, schemaVersion: 0 }));
    await expect.poll(() => notices(page)).toEqual([expect.stringContaining(`此链接固定的数据版本 ${OLDEST} 过旧，本应用无法读取，已显示最新数据。`)]);
    await expect.poll(() => headline(page)).toMatch(new RegExp(`^${YEAR} · `));
    await page.close();
  });

  test('a pinned version that is not on the server says it is not available', async () => {
    const { page } = await openApp(ctx, `${inject('baseUrl')}?year=${YEAR}&pin=000000000000`);
    await expect.poll(() => notices(page)).toEqual([expect.stringContaining(
      'This link is pinned to data version 000000000000, which is not available; the latest data is shown.',
    )]);
    await expect.poll(() => headline(page)).toContain(cityCounts(latest));
    await page.close();
  });

  test('an old link that selected a line opens that line in its corridor panel', async () => {
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?select=line:CRE-W1`);
    expect(log.errors).toEqual([]);
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toBe('Corridors');
    const line = latest.lines.find((l) => l.id === 'CRE-W1')!;
    // The corridor panel's code loads on first use: wait for it to show the line.
    await expect.poll(() => page.locator('.line-button[aria-pressed="true"] .line-name').allInnerTexts()).toEqual([line.nameEn]);
    expect(await notices(page)).toEqual([]);
    await page.close();
  });
});
