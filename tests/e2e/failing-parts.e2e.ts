import { afterEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Locator, Page, Route } from 'playwright-core';
import { launch, openApp, screenshot } from './browser';

let ctx: BrowserContext | null = null;
afterEach(async () => {
  await ctx?.close();
  ctx = null;
});

/** Answers requests matching `pattern` with a 404 while `failing.now` is true; lets them through after. */
async function failWhile(context: BrowserContext, pattern: RegExp) {
  const failing = { now: true, hits: 0 };
  await context.route(pattern, (route: Route) => {
    if (!failing.now) return route.fallback();
    failing.hits++;
    return route.fulfill({ status: 404, body: 'gone' });
  });
  return failing;
}

/**
 * Presses Try again until `done` holds: a fresh request for the failed file, and if a file it imports had
 * failed too (the browser keeps that failure), a reload that keeps the view.
 */
async function tryAgainUntil(button: () => Locator, done: () => Promise<boolean>) {
  for (let press = 0; press < 2 && !(await done()); press++) {
    await button().click();
    await expect.poll(done, { timeout: 15_000 }).toBe(true).catch(() => undefined);
  }
  expect(await done()).toBe(true);
}

const headline = (page: Page) => page.locator('#headline-text').innerText();

describe('a part that fails to load never blanks the page, says so and can be tried again', () => {
  test('the Chinese texts: the page opens in English, says so in English, and turns Chinese on retry', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/zh-[^/?]*\.js(\?|$)/);
    const { page, log } = await openApp(ctx, `${inject('baseUrl')}?lang=zh`);
    expect(failing.hits).toBeGreaterThan(0);
    await expect.poll(() => headline(page)).toMatch(/^2026 · 45 pilot cities/);
    const notice = page.getByRole('status').locator('.notice', { hasText: 'The Chinese texts could not be loaded' });
    await expect.poll(() => notice.count()).toBe(1);
    await screenshot(page, 'failing-zh');
    failing.now = false;
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => headline(page)).toMatch(/^2026 · 45 个试点城市/);
    await expect.poll(() => page.getByRole('status').locator('.notice').count()).toBe(0);
    expect(log.errors.filter((e) => !/404|Failed to fetch|dynamically imported/i.test(e))).toEqual([]);
  });

  test('the 中文 button: a failed load keeps English, says so, and the retry switches', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/zh-[^/?]*\.js(\?|$)/);
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('button', { name: '中文' }).click();
    const notice = page.getByRole('status').locator('.notice', { hasText: 'The Chinese texts could not be loaded' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await headline(page)).toMatch(/^2026 · 45 pilot cities/);
    failing.now = false;
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => headline(page)).toMatch(/^2026 · 45 个试点城市/);
  });

  test('the full page: the page says it could not be loaded instead of staying blank, and Try again opens it', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/AtlasPage-[^/]*\.js(\?|$)/);
    const { page } = await openApp(ctx, `${inject('baseUrl')}?year=2024`, { waitFor: 'alert' });
    expect(failing.hits).toBeGreaterThan(0);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('This part of the page could not be loaded.');
    await screenshot(page, 'failing-page');
    failing.now = false;
    await tryAgainUntil(() => alert.getByRole('button', { name: 'Try again' }), async () => /^2024 · /.test(await headline(page).catch(() => '')));
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 90_000 });
    expect(new URL(page.url()).searchParams.get('year')).toBe('2024');
  });

  test('a tab: the panel says it could not be loaded, the rest works, and Try again loads it', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/StoryTab-[^/]*\.js$/);
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('tab', { name: 'Story' }).click();
    const alert = page.getByRole('tabpanel').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('This part of the page could not be loaded.');
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(() => headline(page)).toMatch(/^2025 · /);
    failing.now = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('tabpanel').getByRole('button', { name: /^Start the story/ }).count()).toBe(1);
  });

  test('the route search code: the Routes tab says so instead of loading for ever, and Try again loads it', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/route-query-[^/]*\.js$/);
    const { page } = await openApp(ctx, `${inject('baseUrl')}?from=chongqing&to=duisburg`);
    const alert = page.getByRole('tabpanel').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The route comparison could not be loaded.');
    failing.now = false;
    await tryAgainUntil(() => page.getByRole('tabpanel').getByRole('button', { name: 'Try again' }),
      async () => (await page.locator('.route-panel table tbody tr').count()) >= 4);
  });

  test('the export code: a click says it could not be loaded, and Try again downloads', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/export-actions-[^/]*\.js$/);
    const { page } = await openApp(ctx, inject('baseUrl'));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'CSV (cities)' }).click();
    const notice = page.getByRole('status').locator('.notice', { hasText: 'The export could not be loaded.' });
    await expect.poll(() => notice.count()).toBe(1);
    failing.now = false;
    const press = () => notice.getByRole('button', { name: 'Try again' }).click();
    let file = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), press()]).then(([f]) => f, () => null);
    if (!file) {
      // A file the export imports had failed too: the second Try again reloads the page, view and all.
      await expect.poll(() => notice.count()).toBe(1);
      await Promise.all([page.waitForEvent('load'), press()]);
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Export' }).click();
      [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (cities)' }).click()]);
    }
    expect(file.suggestedFilename()).toMatch(/^corridor-atlas-2026-all-en-cities-[0-9a-f]{12}\.csv$/);
  });

  test('the place names’ code: the map shows its data without names, says so, and Try again brings them', async () => {
    ctx = await launch();
    const failing = await failWhile(ctx, /\/assets\/text-layer-class-[^/]*\.js$/);
    const { page, log } = await openApp(ctx, inject('baseUrl'));
    const notice = page.getByRole('status').locator('.notice', { hasText: 'The place names could not be loaded; the map shows its data without them.' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(failing.hits).toBeGreaterThan(0);
    const map = page.locator('.map');
    // The data is on the map (its first full frame drew), the names are not.
    expect(Number(await map.getAttribute('data-frames'))).toBeGreaterThan(0);
    expect(await map.getAttribute('data-label-lang')).toBe('');
    expect(await headline(page)).toMatch(/^2026 · 45 pilot cities/);
    await screenshot(page, 'failing-names');
    failing.now = false;
    await tryAgainUntil(() => notice.getByRole('button', { name: 'Try again' }), async () => (await map.getAttribute('data-label-lang')) === 'en');
    expect(log.errors.filter((e) => !/404|Failed to fetch|dynamically imported/i.test(e))).toEqual([]);
  });

  test('the map: a map that cannot start leaves the headline, timeline and table working', async () => {
    ctx = await launch();
    // WebGL2 is there for the check, but the map's own canvas gets no context.
    await ctx.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (this.closest('.map')) return null;
        return (getContext as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof getContext;
    });
    const { page } = await openApp(ctx, inject('baseUrl'), { waitFor: 'table' });
    const alert = page.locator('.map-area').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The map could not be shown.');
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(33);
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expect.poll(() => headline(page)).toMatch(/^2025 · 25 pilot cities/);
    await expect.poll(() => page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').count()).toBe(20);
    await screenshot(page, 'failing-map');
  });

  test('the data: a truncated atlas.json says why, and Try again loads it once it is whole', async () => {
    ctx = await launch();
    let truncated = true;
    await ctx.route(/\/data\/atlas\.json$/, async (route) => {
      if (!truncated) return route.fallback();
      const whole = await (await route.fetch()).text();
      return route.fulfill({ status: 200, contentType: 'application/json', body: whole.slice(0, Math.floor(whole.length / 2)) });
    });
    const { page } = await openApp(ctx, inject('baseUrl'), { waitFor: 'alert' });
    const alert = page.locator('.sidebar').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The data could not be loaded');
    expect(await alert.innerText()).toContain('is not valid JSON');
    truncated = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => headline(page), { timeout: 30_000 }).toMatch(/^2026 · 45 pilot cities/);
  });
});
