import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import type { Descriptor } from '../../scripts/data-build/package/descriptor';
import { launch, openApp, screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const PACKAGE_BUTTON = 'Data package (zip): every table, sources, schema';
let ctx: BrowserContext;

beforeEach(async () => {
  ctx = await launch();
});
afterEach(async () => ctx?.close());

const openExport = async (query: string, labels = { open: 'Export', package: PACKAGE_BUTTON }): Promise<Page> => {
  const { page } = await openApp(ctx, `${inject('baseUrl')}${query}`);
  await page.getByRole('button', { name: labels.open, exact: true }).click();
  await page.getByRole('button', { name: labels.package }).waitFor();
  return page;
};

const downloadFrom = async (page: Page, label: string) => {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: label }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
};

describe('the data package download', () => {
  test('holds exactly the files datapackage.json lists, each CSV a plain table with the schema columns', async () => {
    const page = await openExport('?lang=en');
    await screenshot(page, 'export-menu');
    const { name, bytes } = await downloadFrom(page, PACKAGE_BUTTON);
    expect(name).toBe(`corridor-atlas-2026-all-en-data-package-${atlas.version}.zip`);
    const zip = await JSZip.loadAsync(bytes);
    const descriptor = JSON.parse(await zip.file('datapackage.json')!.async('string')) as Descriptor;
    expect(descriptor.dataVersion).toBe(atlas.version);
    expect(Object.keys(zip.files).sort()).toEqual([...descriptor.resources.map((r) => r.path), 'README.md', 'datapackage.json'].sort());
    const csvs = descriptor.resources.filter((r) => r.format === 'csv');
    expect(csvs.map((r) => r.name)).toEqual(expect.arrayContaining(['cities', 'ports', 'corridor-lines', 'corridor-stats', 'sources']));
    for (const r of csvs) {
      const text = await zip.file(r.path)!.async('string');
      const fields = r.schema!.fields.map((f) => f.name);
      expect(text.slice(0, text.indexOf('\n')), r.path).toBe(fields.join(','));
      const rows = csvParse(text);
      expect(rows.columns, r.path).toEqual(fields);
      expect(rows.length, r.path).toBeGreaterThan(0);
    }
    expect(csvParse(await zip.file('cities.csv')!.async('string')).length).toBe(atlas.cities.length);
  });

  test('the file name carries the view: year, open corridor and language', async () => {
    const zhPackage = '数据包（zip）：全部表格、来源与结构说明';
    const page = await openExport('?lang=zh&year=2024&corridor=cre', { open: '导出', package: zhPackage });
    const { name, bytes } = await downloadFrom(page, zhPackage);
    expect(name).toBe(`corridor-atlas-2024-cre-zh-data-package-${atlas.version}.zip`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  test('a plain CSV download starts with its header row and is named after the view', async () => {
    const page = await openExport('?lang=en&year=2026&layers=cities,cre');
    const { name, bytes } = await downloadFrom(page, 'CSV (ports)');
    expect(name).toBe(`corridor-atlas-2026-cities-cre-en-ports-${atlas.version}.csv`);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.split('\n')[0]).toBe('id,name_en,name_zh,kind,city_id,country_iso2,lng,lat,code,coord_status,source_ids');
    expect(text).not.toMatch(/^#/m);
  });
});
