import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveDist, type Served } from '../../scripts/serve-dist.mjs';
import { launch, openApp, screenshot } from './browser';

const ROOT = resolve(__dirname, '../..');

/** The policy README.md recommends (its "Deployment headers" section), so the two cannot drift apart. */
function documentedPolicy(): string {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Deployment headers'));
  const line = /^Content-Security-Policy: (.+)$/m.exec(section);
  if (!line) throw new Error('README.md: no Content-Security-Policy line under "## Deployment headers"');
  return line[1]!;
}
const POLICY = documentedPolicy();

type Violation = { directive: string; blocked: string; source: string };
let served: Served;
let ctx: BrowserContext;
/** Console lines from pages and workers that mention the policy. */
const cspConsole: string[] = [];

beforeAll(async () => {
  served = await serveDist(resolve(ROOT, 'dist'), { headers: { 'Content-Security-Policy': POLICY, 'X-Content-Type-Options': 'nosniff' } });
});
afterAll(async () => served?.close());
// Each test has its own context.
beforeEach(async () => {
  cspConsole.length = 0;
  ctx = await launch();
  await ctx.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}` }));
  });
  const watch = (page: Page) => {
    page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && cspConsole.push(m.text()));
    page.on('worker', (w) => w.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && cspConsole.push(`worker: ${m.text()}`)));
  };
  ctx.pages().forEach(watch);
  ctx.on('page', watch);
});
afterEach(async () => ctx?.close());

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
const download = async (page: Page, label: string) => {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: label }).click()]);
  return readFileSync((await file.path())!);
};

describe(`the built app under a strict CSP (${POLICY})`, () => {
  test('the header really reaches the page', async () => {
    const response = await fetch(served.url);
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    expect(POLICY).not.toMatch(/unsafe-(eval|inline)/);
  });

  test('the whole app: map, year, every tab, a route, the story, share, PNG and CSV export, language', async () => {
    const { page, log } = await openApp(ctx, `${served.url}?lang=en&year=2025`);
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2025 · 25 pilot cities/);
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#headline-text').innerText()).toMatch(/^2026 ·/);

    await page.getByRole('tab', { name: 'Routes' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Chongqing' });
    await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Duisburg (DE)' });
    await expect.poll(() => panel.locator('.route-option').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Story' }).click();
    await page.getByRole('button', { name: 'Start the story' }).click();
    const story = page.getByRole('region', { name: /^Story/ });
    await story.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => story.innerText()).toContain('Step 2 of');
    await page.getByRole('tab', { name: 'Measures' }).click();
    await expect.poll(() => page.getByRole('tabpanel').locator('li.measure').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Corridors' }).click();

    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByRole('dialog').getByLabel('Link to this view').inputValue()).toContain('year=');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    expect((await download(page, 'PNG 1×')).subarray(1, 4).toString()).toBe('PNG');
    expect((await download(page, 'CSV (cities)')).toString('utf8').replace(/^\uFEFF/, '')).toMatch(/^id,name_en,name_zh,/);
    expect((await download(page, 'Data package (zip): every table, sources, schema')).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('#headline-text').innerText()).toContain('试点城市');
    await screenshot(page, 'csp-app');

    expect(await violations(page)).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('embed mode', async () => {
    const page = await ctx.newPage();
    await page.goto(`${served.url}?embed=1&lang=en&year=2026`);
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 90_000 });
    expect(await page.locator('.embed-headline').innerText()).toBe('2026 · 45 pilot cities (33 named) · 29 measures');
    expect(await violations(page)).toEqual([]);
    expect(cspConsole).toEqual([]);
    await page.close();
  });
});
