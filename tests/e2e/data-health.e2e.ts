import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { healthEn } from '../../src/lib/messages/health';
import { healthZh } from '../../src/lib/messages/zh/health';
import { launchDevice, visit } from './a11y-support';
import { screenshot } from './browser';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;
const health = atlas.health!;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launchDevice(inject('baseUrl'));
});
afterEach(async () => ctx?.close());

describe('About the data', () => {
  test('the Overview tab opens the data health in English: counts by status, named cities, sources by kind, weak sources', async () => {
    const page = await visit(ctx, `${inject('baseUrl')}?lang=en`);
    const opener = page.getByRole('button', { name: healthEn.healthOpen });
    await screenshot(page, 'data-health-overview');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: healthEn.healthTitle });
    await dialog.waitFor();

    const cityYears = health.statusByFile.find((f) => f.file === 'city-years.csv')!;
    const row = dialog.getByRole('row', { name: /^city-years\.csv/ });
    expect(await row.innerText()).toMatch(new RegExp(`${cityYears.confirmed}\\s+${cityYears.inferred}\\s+${cityYears.uncertain}`));
    const y2025 = health.citiesByYear.find((y) => y.year === 2025)!;
    expect(await dialog.getByRole('row', { name: /^2025/ }).innerText()).toContain(`${y2025.named} of ${y2025.total} named`);
    expect(await dialog.getByRole('row', { name: /^2018/ }).innerText()).toContain('official total not found in the sources');
    const reposts = health.sourcesByKind.find((k) => k.kind === 'repost')!;
    expect(await dialog.getByRole('row', { name: /^repost/ }).innerText()).toContain(String(reposts.count));
    expect(await dialog.innerText()).toContain(`${health.linesWithoutStartYear}`);

    await dialog.getByRole('heading', { name: healthEn.healthWeakHeading }).waitFor();
    expect(await dialog.innerText()).toContain(`${health.weakOnly.length} records rest only on reposts`);
    const first = health.weakOnly[0]!;
    const group = dialog.locator('details.health-weak').first();
    await group.locator('summary').click();
    expect(await group.innerText()).toContain(`row ${first.row} · ${first.label}`);
    await screenshot(page, 'data-health-en');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('in Chinese', async () => {
    const page = await visit(ctx, `${inject('baseUrl')}?lang=zh`);
    await page.getByRole('button', { name: healthZh.healthOpen }).click();
    const dialog = page.getByRole('dialog', { name: healthZh.healthTitle });
    await dialog.waitFor();
    const y2025 = health.citiesByYear.find((y) => y.year === 2025)!;
    const text = await dialog.innerText();
    expect(text).toContain(`${y2025.total} 个中 ${y2025.named} 个具名`);
    expect(text).toContain(healthZh.healthWeakHeading);
    expect(text).toContain(`共 ${health.weakOnly.length} 条记录仅依据转载`);
    expect(text).toContain(healthZh.healthKind_repost);
    await screenshot(page, 'data-health-zh');
  });
});
