import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { launch, openApp, screenshot, SCREENSHOT_DIR } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
let ctx: BrowserContext;
let page: Page;

// Each test has its own context and page on 2025.
beforeEach(async () => {
  ctx = await launch();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  ({ page } = await openApp(ctx, `${inject('baseUrl')}?year=2025`));
});
afterEach(async () => ctx?.close());

/** Width, height and the share of non-white pixels of a PNG, decoded by the browser. */
const inspectPng = (png: Buffer) =>
  page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i]! < 235 || d[i + 1]! < 235 || d[i + 2]! < 235) ink++;
    return { width: img.width, height: img.height, ink: ink / (d.length / 16) };
  }, png.toString('base64'));

const download = async (label: string) => {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: label }).click()]);
  return readFileSync((await file.path())!);
};

describe('share', () => {
  test('the dialog gives a permalink and an iframe snippet, live or pinned, each with a copy button', async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    const link = await dialog.getByLabel('Link to this view').inputValue();
    expect(new URL(link).searchParams.get('year')).toBe('2025');
    let snippet = await dialog.getByLabel('Embed code').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="[^"]+" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/);
    expect(snippet).not.toContain('pin=');
    await dialog.getByRole('radio', { name: /Pinned/ }).check();
    snippet = await dialog.getByLabel('Embed code').inputValue();
    expect(snippet).toContain(`pin=${atlas.version}`);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Embed code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await screenshot(page, 'share-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The snippet, pasted into another page, shows the same view.
    const host = await ctx.newPage();
    await host.setContent(`<!doctype html><h1>Article</h1>${snippet}<p>after</p>`);
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('.embed-headline').innerText(), { timeout: 60_000 }).toBe('2025 · 25 pilot cities (20 named) · 29 measures');
    await host.close();
  });
});

describe('export', () => {
  test('PNG at 1× and 2× has the right size and is not blank', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const box = (await page.locator('.map').boundingBox())!;
    const onePng = await download('PNG 1×');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'export-1x.png'), onePng);
    const one = await inspectPng(onePng);
    expect(one.width).toBe(Math.round(box.width));
    expect(one.height).toBeGreaterThan(box.height);
    expect(one.ink).toBeGreaterThan(0.3);
    const two = await inspectPng(await download('PNG 2×'));
    expect(two.width).toBe(2 * one.width);
    expect(two.ink).toBeGreaterThan(0.3);
  });

  test('SVG export: a vector file of the view with named layers, labels, legend and sources as text', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'SVG (vector, for print)' }).click()]);
    expect(file.suggestedFilename()).toBe('corridor-atlas-2025-all-en.svg');
    const svg = readFileSync((await file.path())!).toString('utf8');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'export.svg'), svg);
    const seen = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const group = (id: string) => doc.getElementById(id);
      return {
        error: doc.getElementsByTagName('parsererror').length,
        groups: ['basemap', 'corridors', 'cities', 'labels', 'legend'].filter((id) => group(id) !== null),
        countries: group('basemap')?.getElementsByTagName('path').length ?? 0,
        lines: group('corridors')?.getElementsByTagName('path').length ?? 0,
        cities: group('cities')?.getElementsByTagName('circle').length ?? 0,
        labels: [...(group('labels')?.getElementsByTagName('text') ?? [])].map((t) => t.textContent),
        legend: [...(group('legend')?.getElementsByTagName('text') ?? [])].map((t) => t.textContent),
        sources: group('sources')?.textContent ?? '',
        title: group('title')?.textContent ?? '',
      };
    }, svg);
    expect(seen.error).toBe(0);
    expect(seen.groups).toEqual(['basemap', 'corridors', 'cities', 'labels', 'legend']);
    expect(seen.countries).toBeGreaterThan(50);
    expect(seen.lines).toBe(atlas.lines.filter((l) => (l.startYear ?? 0) <= 2025).length);
    expect(seen.cities).toBeGreaterThan(10);
    const tableCities = await page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
    expect(seen.labels.length).toBeGreaterThan(3);
    for (const label of seen.labels) expect(tableCities.join('|')).toContain(label);
    expect(seen.legend).toEqual(expect.arrayContaining(['China–Europe Railway Express', 'First year as a pilot city', '2024']));
    expect(seen.title).toContain('Corridor Atlas · 2025');
    expect(seen.sources).toMatch(/Sources: \[S\w*/);
    expect(seen.sources).toContain(`Data version ${atlas.version}`);
  });

  test('the cities CSV is a plain table, one row per table row; its sources come as a CSV beside it', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'CSV (cities)' }).click()]);
    expect(file.suggestedFilename()).toBe(`corridor-atlas-2025-all-en-cities-${atlas.version}.csv`);
    const text = readFileSync((await file.path())!).toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('id,name_en,name_zh,province_en,province_zh,lng,lat,first_year,status_2025,basis,source_ids');
    const rows = csvParse(text);
    const tableRows = await page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count();
    expect(rows.length).toBe(tableRows);
    expect(rows.length).toBe(20);
    const sources = csvParse((await download('CSV (sources)')).toString('utf8').replace(/^\uFEFF/, ''));
    expect(sources.columns).toEqual(['id', 'publisher', 'title', 'date', 'url', 'quote', 'note', 'cited_in']);
    const cited = new Set(sources.map((r) => r.id));
    for (const id of rows.flatMap((r) => r.source_ids!.split(';'))) expect(cited).toContain(id);
    const geo = JSON.parse((await download('GeoJSON')).toString('utf8')) as GeoJSON.FeatureCollection & { dataVersion: string; licence: string };
    expect(geo.features.filter((f) => f.geometry.type === 'LineString').length).toBe(atlas.lines.filter((l) => (l.startYear ?? 0) <= 2025).length);
    expect(geo).toMatchObject({ dataVersion: atlas.version, licence: 'Data compiled from the cited sources; code MIT.' });
  });
});
