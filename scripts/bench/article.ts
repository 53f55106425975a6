// Several embeds on one article page, as a journalist publishes them and a reader opens them: what the reader
// downloads and how soon each map draws once scrolled to. The app's server sends the cache headers of
// cache-policy.mjs (as `npm start` and the README's deployment headers do); or asks the browser to check every file
// again ("revalidate": Cache-Control: no-cache, with ETags, as many static hosts do by default); or lets it keep
// nothing ("no caching": no-store). The last two show what the deployment headers are worth.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serveDist } from '../serve-dist.mjs';
import { NO_NETWORK_ARGS } from '../chromium-args.mjs';
import { iframeSnippet } from '../../src/export/share-url';
import { median } from './stats';
import { applyThrottling, firstRenderAt, withBrowser, type BrowserProfile } from './page.mjs';

export const ARTICLE_EMBEDS = 3;
type Caching = 'deployment' | 'revalidate' | 'none';
export type ArticleCase = { embeds: number; caching: Caching };
/** One embed alone, then the article with several, served each way. */
export const ARTICLE_CASES: readonly ArticleCase[] = [
  { embeds: 1, caching: 'deployment' },
  { embeds: ARTICLE_EMBEDS, caching: 'deployment' },
  { embeds: ARTICLE_EMBEDS, caching: 'revalidate' },
  { embeds: ARTICLE_EMBEDS, caching: 'none' },
];
const CACHE_HEADERS: Record<Caching, Record<string, string>> = {
  deployment: {}, revalidate: { 'Cache-Control': 'no-cache' }, none: { 'Cache-Control': 'no-store' },
};
const FIRST_YEAR = 2023;
const PARAGRAPH = `<p>${'The article goes on about trade facilitation and the ports of the region. '.repeat(10)}</p>`;

/** The article: paragraphs, and between them the Share dialog's iframe snippet, one per year from 2023. */
export function articleHtml(appUrl: string, embeds: number): string {
  const maps = Array.from({ length: embeds }, (_, i) => iframeSnippet(`${appUrl}?embed=1&year=${FIRST_YEAR + i}`, `Map ${i + 1}`));
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><h1>An article with ${embeds} maps</h1>${maps.map((m) => `${PARAGRAPH}${m}`).join('\n')}${PARAGRAPH}`;
}

export type ArticleRun = ArticleCase & {
  /** Each embed's first full render, ms after the article's navigation; and ms after it was scrolled into view. */
  drawnMs: number[]; afterScrollMs: number[];
  /** What the app's server sent until the last embed had drawn: body bytes (gzip for text), files, 304 answers. */
  sentBytes: number; filesSent: number; notModified: number;
};

const hasDrawn = async (frame: Frame) => (await frame.evaluate(firstRenderAt).catch(() => null)) !== null;

/** Scrolls the `index`th iframe into view and waits for its map's first full render. */
async function drawnAfterScroll(page: Page, index: number, deadline: number): Promise<boolean> {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  while (Date.now() < deadline) {
    const frame = await (await iframe.elementHandle())?.contentFrame();
    if (frame && (await hasDrawn(frame))) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** One article load in its own browser; always resolves, to `{ result }` or `{ failure, kind }`. */
export async function measureArticle(appDir: string, { embeds, caching }: ArticleCase, profile: BrowserProfile, timeoutMs = 300_000) {
  const sent = { sentBytes: 0, filesSent: 0, notModified: 0 };
  const app = await serveDist(appDir, {
    gzip: true,
    headers: CACHE_HEADERS[caching],
    onResponse: ({ status, bytes }) => {
      sent.sentBytes += bytes;
      if (status === 304) sent.notModified += 1;
      else sent.filesSent += 1;
    },
  });
  const hostDir = mkdtempSync(join(tmpdir(), 'article-'));
  writeFileSync(join(hostDir, 'index.html'), articleHtml(app.url, embeds));
  const host = await serveDist(hostDir);
  try {
    return await withBrowser({ timeoutMs, args: NO_NETWORK_ARGS }, async (browser, fail) => {
      const ctx = await browser.newContext(profile.context);
      const page = await ctx.newPage();
      page.on('crash', () => fail({ kind: 'crash', failure: 'the page crashed (renderer process gone)' }));
      await applyThrottling(await ctx.newCDPSession(page), profile);
      const started = Date.now();
      const deadline = started + timeoutMs;
      await page.goto(host.url, { waitUntil: 'domcontentloaded' });
      const drawnMs: number[] = [];
      const afterScrollMs: number[] = [];
      for (let i = 0; i < embeds; i++) {
        const scrolled = Date.now();
        if (!(await drawnAfterScroll(page, i, deadline))) return { kind: 'timeout' as const, failure: `embed ${i + 1} did not draw` };
        drawnMs.push(Date.now() - started);
        afterScrollMs.push(Date.now() - scrolled);
      }
      const result: ArticleRun = { embeds, caching, drawnMs, afterScrollMs, ...sent };
      return { result };
    });
  } finally {
    await Promise.all([app.close(), host.close()]);
    rmSync(hostDir, { recursive: true, force: true });
  }
}

const KB = 1024;
const CACHING_NAMES: Record<Caching, string> = { deployment: 'deployment', revalidate: 'revalidate', none: 'no caching' };
const caseName = ({ embeds, caching }: ArticleCase) => `${embeds === 1 ? 'one embed' : `${embeds} embeds`}, ${CACHING_NAMES[caching]}`;

/** Medians per case: KB sent, files, 304s, the first embed's render and each later one's wait after its scroll. */
export function articleSummary(runs: readonly ArticleRun[]) {
  return ARTICLE_CASES.map((c) => {
    const of = runs.filter((r) => r.embeds === c.embeds && r.caching === c.caching);
    const at = (get: (r: ArticleRun) => number) => median(of.map(get));
    return {
      ...c, name: caseName(c), runs: of.length, sentKb: at((r) => r.sentBytes / KB), filesSent: at((r) => r.filesSent),
      notModified: at((r) => r.notModified), firstDrawnMs: at((r) => r.drawnMs[0]!),
      laterAfterScrollMs: at((r) => median(r.afterScrollMs.slice(1))),
    };
  });
}
export type ArticleSummary = ReturnType<typeof articleSummary>;

/** What one more embed on the page costs a reader, in KB: (several − one) ÷ (how many more); NaN when either is missing. */
export function kbPerExtraEmbed(summary: ArticleSummary, caching: Caching): number {
  const one = summary.find((s) => s.embeds === 1 && s.caching === 'deployment');
  const several = summary.find((s) => s.embeds > 1 && s.caching === caching);
  return one && several ? (several.sentKb - one.sentKb) / (several.embeds - 1) : Number.NaN;
}

const kbText = (kb: number) => (Number.isFinite(kb) ? `${kb.toFixed(0)} KB` : 'not measured');

export function articleReport(summary: ArticleSummary, profileName: string): string[] {
  const cell = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a').padStart(12);
  const rows: [string, (s: ArticleSummary[number]) => number][] = [
    ['KB the app\'s server sent', (s) => s.sentKb],
    ['files sent', (s) => s.filesSent],
    ['answered 304 (not modified)', (s) => s.notModified],
    ['first embed drawn (ms)', (s) => s.firstDrawnMs],
    ['each later one, after its scroll (ms)', (s) => (s.embeds > 1 ? s.laterAfterScrollMs : Number.NaN)],
  ];
  return ['', `Embeds on one article page (the Share dialog's iframe, one per year from ${FIRST_YEAR}, paragraphs between),`,
    `${profileName} profile, each embed scrolled into view in turn; medians. Deployment headers: scripts/cache-policy.mjs`,
    '(code under assets/ kept a year, everything else revalidated); revalidate: Cache-Control: no-cache and an ETag on',
    'every file (the browser asks again each time); no caching: Cache-Control: no-store on every file.',
    ...[0, 1].map((part) => ''.padEnd(40) + summary.map((s) => s.name.split(', ')[part]!.padStart(12)).join('')),
    ...rows.map(([label, get]) => label.padEnd(40) + summary.map((s) => cell(get(s))).join('')),
    `Each embed after the first costs ${[...new Set(ARTICLE_CASES.filter((c) => c.embeds > 1).map((c) => c.caching))]
      .map((c) => `${kbText(kbPerExtraEmbed(summary, c))} (${CACHING_NAMES[c]})`).join(', ')}.`];
}
