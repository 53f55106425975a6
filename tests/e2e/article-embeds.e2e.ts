import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve-dist.mjs';
import { IMMUTABLE, REVALIDATE } from '../../scripts/cache-policy.mjs';
import { articleHtml } from '../../scripts/bench/article';
import { launch, screenshot } from './browser';

const ROOT = resolve(__dirname, '../..');
const YEARS = [2023, 2024, 2025];
// What each embed's headline says of its year (2023 is the first year with an official total).
const HEADLINES = [/^2023 · 17 pilot cities \(13 named\)/, /^2024 · 20 pilot cities/, /^2025 · 25 pilot cities \(20 named\)/];

let app: Served;
let host: Served;
let hostDir: string;
const sent: { path: string; status: number }[] = [];
beforeAll(async () => {
  app = await serveDist(resolve(ROOT, 'dist'), { gzip: true, onResponse: ({ path, status }) => sent.push({ path, status }) });
  hostDir = mkdtempSync(join(tmpdir(), 'article-'));
  writeFileSync(join(hostDir, 'index.html'), articleHtml(app.url, YEARS.length));
  host = await serveDist(hostDir);
});
afterAll(async () => {
  await Promise.all([app?.close(), host?.close()]);
  rmSync(hostDir, { recursive: true, force: true });
});

describe('several embeds on one article page', () => {
  test('npm start sends the deployment cache headers: hashed code kept a year, the page and the data revalidated', async () => {
    const base = inject('baseUrl');
    const page = await fetch(base);
    const script = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.headers.get('etag')).toBeTruthy();
    expect((await fetch(`${base}${script}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    const data = await fetch(`${base}data/atlas.json`);
    expect(data.headers.get('cache-control')).toBe(REVALIDATE);
    expect(data.headers.get('etag')).toBeTruthy();
  });

  test('three embeds each draw their own year, and the reader downloads the app’s code once', async () => {
    const ctx = await launch({ viewport: { width: 800, height: 700 } });
    try {
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(host.url);
      for (const [i, headline] of HEADLINES.entries()) {
        const iframe = page.locator('iframe').nth(i);
        await iframe.scrollIntoViewIfNeeded();
        const embed = page.frameLocator('iframe').nth(i);
        await embed.locator('html[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
        expect(await embed.locator('.embed-headline').innerText()).toMatch(headline);
        expect(await embed.getByRole('slider', { name: 'Year' }).inputValue()).toBe(String(YEARS[i]));
      }
      expect(errors).toEqual([]);
      const code = sent.filter((s) => s.path.includes('/assets/'));
      const times = new Map<string, number>();
      for (const { path } of code.filter((s) => s.status === 200)) times.set(path, (times.get(path) ?? 0) + 1);
      // The map's code, its worker and the embed's page are among them; each went over the network once.
      expect([...times.keys()].some((p) => /maplibre-gl-worker-.*\.mjs$/.test(p))).toBe(true);
      expect([...times.keys()].some((p) => /EmbedApp-.*\.js$/.test(p))).toBe(true);
      expect([...times].filter(([, n]) => n > 1)).toEqual([]);
      // The data is asked for by each embed: sent once, then answered "not modified" or shared while it downloads.
      expect(sent.filter((s) => s.path === '/data/atlas.json' && s.status === 200)).toHaveLength(1);
      await screenshot(page, 'article-three-embeds');
    } finally {
      await ctx.close();
    }
  });
});
