import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { DEFAULT_YEAR } from '../../src/state/timeline-slice';
import { defaultUrlState } from '../../src/state/url-state';
import { problemText, readLink } from '../../src/state/url-sync';
import { loadCatalogue, translator } from '../../src/lib/i18n';
import { hostileQueries, showQuery } from '../fixtures/hostile-queries';
import { launch, screenshot } from './browser';

// The same seed as the parser's fuzz test, so the app sees the strings the parser was tested with.
const SEED = 20240611;
/** Loaded without WebGL: the same start-up, URL handling, headline and notices, without the slow software map. */
const PLAIN_COUNT = 200;
/** Loaded with the map, each waiting until it has drawn; the 100 KB queries among them. */
const MAP_COUNT = 2;
const HUGE_COUNT = 2;
/** Node's HTTP server refuses request lines above 16 KB; longer queries are served index.html by the test itself. */
const SERVER_URL_LIMIT = 8_000;
/** Hundreds of page loads on a busy machine: a generous limit, not a speed requirement. */
const LOADS_TIMEOUT_MS = 600_000;

const DIST = resolve(__dirname, '../../dist');
const atlas = JSON.parse(readFileSync(resolve(DIST, 'data/atlas.json'), 'utf8')) as Atlas;
const defaults = defaultUrlState('en', DEFAULT_YEAR);

const generated = hostileQueries(SEED, 2_000).map((query, index) => ({ query, index }));
const short = generated.filter((c) => c.query.length <= SERVER_URL_LIMIT);
const plainCases = short.slice(0, PLAIN_COUNT);
const mapCases = [
  // One hand-written case for the screenshot: payloads in three parameters, one valid setting.
  { query: '?year=<img id=pwned src=x onerror=alert(1)>&lang=zh&corridor="><script>window.__pwned=1</script>&view=javascript:alert(1)', index: -1 },
  ...short.slice(PLAIN_COUNT, PLAIN_COUNT + MAP_COUNT),
  ...generated.filter((c) => c.query.length > 100 * 1024).slice(0, HUGE_COUNT),
];

/** Lone surrogates cannot cross the DevTools protocol intact; compare them as U+FFFD on both sides. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** The notices and headline year the app must show for the query the browser actually sent. */
function expectedFor(search: string) {
  const read = readLink(search, defaults, atlas);
  const pinMissing = read.state.pin !== null && !existsSync(resolve(DIST, `data/versions/${read.state.pin}.json`));
  const lang = read.state.lang;
  const pinNotice = pinMissing ? [translator(lang)('pinUnavailable', { version: read.state.pin! })] : [];
  // A notice already shown is not shown again.
  const notices = [...new Set([...pinNotice, ...read.problems.map((p) => problemText(p, lang))])];
  const yearInvalid = read.problems.some((p) => p.param === 'year');
  return { notices: notices.map(wellFormed), year: read.state.story === null ? read.state.year : null, yearInvalid };
}

type Seen = { search: string; headline: string; notices: string[]; pwned: boolean; scripts: number };

/** Everything the checks need, read in one round trip. */
const look = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    return {
      search: new URL((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name).search,
      headline: document.querySelector('#headline-text, .embed-headline')?.textContent ?? '',
      notices: [...document.querySelectorAll('.notice')].map((p) =>
        (p.textContent ?? '').slice(0, -(p.querySelector('button')?.textContent ?? '').length).trimEnd()),
      pwned: w.__pwned !== undefined || document.querySelector('#pwned, [data-pwned]') !== null,
      scripts: document.scripts.length,
    };
  });

/** One page of the harness, with what went wrong on it. */
type Lane = { page: Page; errors: string[]; dialogs: string[] };
type Harness = { ctx: BrowserContext; lanes: Lane[] };
/** Pages loading queries side by side: a page load without WebGL mostly waits, so a few overlap well. */
const PLAIN_LANES = 4;

async function harness(webgl: boolean, lanes = 1): Promise<Harness> {
  const ctx = await launch({ webgl });
  const open = async (): Promise<Lane> => {
    const lane: Lane = { page: await ctx.newPage(), errors: [], dialogs: [] };
    lane.page.on('pageerror', (e) => lane.errors.push(String(e)));
    lane.page.on('dialog', (d) => {
      lane.dialogs.push(d.message());
      void d.dismiss();
    });
    return lane;
  };
  return { ctx, lanes: await Promise.all(Array.from({ length: lanes }, open)) };
}

/** Loads each query into one of the harness's pages, a fresh load each, and lists what went wrong, by seed, index and query. */
async function run(h: Harness, cases: { query: string; index: number }[], scriptsExpected: number, waitForMap: boolean) {
  const failures: { index: number; text: string }[] = [];
  let yearFallbacks = 0;
  let withNotices = 0;
  const load = async (lane: Lane, { query, index }: { query: string; index: number }) => {
    const where = `seed ${SEED} #${index} ${showQuery(query)}`;
    const [errorsBefore, dialogsBefore] = [lane.errors.length, lane.dialogs.length];
    try {
      await lane.page.goto(`${inject('baseUrl')}?${query.replace(/^\?/, '')}`, { waitUntil: 'commit' });
      await lane.page.waitForSelector(waitForMap ? 'html[data-map-ready="true"]' : ':is(#headline-text, .embed-headline):not(:empty)', { timeout: 60_000 });
      const seen = await look(lane.page);
      const expected = expectedFor(seen.search);
      const faults: string[] = [];
      if (lane.errors.length > errorsBefore) faults.push(`page error ${lane.errors.slice(errorsBefore).join(' | ')}`);
      if (lane.dialogs.length > dialogsBefore) faults.push(`dialog "${lane.dialogs.slice(dialogsBefore).join(' | ')}"`);
      if (seen.pwned) faults.push('a payload ran or was inserted');
      if (seen.scripts !== scriptsExpected) faults.push(`${seen.scripts} script elements`);
      if (expected.year !== null && !seen.headline.startsWith(`${expected.year} ·`)) faults.push(`headline "${seen.headline}", expected year ${expected.year}`);
      if (JSON.stringify(seen.notices.map(wellFormed)) !== JSON.stringify(expected.notices))
        faults.push(`notices ${JSON.stringify(seen.notices)}, expected ${JSON.stringify(expected.notices)}`);
      if (faults.length) failures.push({ index, text: `${where}: ${faults.join('; ')}` });
      if (expected.yearInvalid && expected.year === DEFAULT_YEAR) yearFallbacks++;
      if (expected.notices.length) withNotices++;
    } catch (e) {
      failures.push({ index, text: `${where}: ${String(e).split('\n')[0]}` });
    }
  };
  // Each page takes the next query as soon as it is done with its last.
  const queue = [...cases];
  await Promise.all(h.lanes.map(async (lane) => {
    for (let next = queue.shift(); next; next = queue.shift()) await load(lane, next);
  }));
  return { failures: failures.sort((x, y) => x.index - y.index).map((f) => f.text), yearFallbacks, withNotices };
}

describe(`hostile query strings in the built app (seed ${SEED})`, () => {
  let h: Harness | undefined;
  /** Script elements of a clean start; a payload must not add one. */
  let scripts = 0;
  beforeAll(async () => {
    // Notices of Chinese links are expected in Chinese, as the app shows them.
    await loadCatalogue('zh');
    h = await harness(false, PLAIN_LANES);
    const first = h.lanes[0]!.page;
    await first.goto(inject('baseUrl'));
    await first.waitForSelector('#headline-text:not(:empty)');
    scripts = (await look(first)).scripts;
  });
  afterAll(async () => h?.ctx.close());

  test(`${plainCases.length} queries without WebGL: nothing runs, nothing is inserted, each bad value falls back and is named`, async () => {
    const { failures, yearFallbacks, withNotices } = await run(h!, plainCases, scripts, false);
    expect(failures.slice(0, 5)).toEqual([]);
    // The checks above were exercised, not skipped.
    expect(yearFallbacks).toBeGreaterThan(plainCases.length / 20);
    expect(withNotices).toBeGreaterThan(plainCases.length / 2);
  }, LOADS_TIMEOUT_MS);

  test(`${mapCases.length} queries with the map drawn, ${HUGE_COUNT} of them 100 KB long`, async () => {
    await h?.ctx.close();
    h = await harness(true);
    const page = h.lanes[0]!.page;
    // Queries too long for the preview server get the same index.html, served here.
    const indexHtml = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    await page.route((url) => url.pathname === '/' && url.search.length > SERVER_URL_LIMIT, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: indexHtml }));
    const { failures, withNotices } = await run(h, mapCases, scripts, true);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(withNotices).toBeGreaterThan(HUGE_COUNT);

    await page.goto(`${inject('baseUrl')}${mapCases[0]!.query}`, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 60_000 });
    await expect.poll(() => page.getByRole('status').innerText()).toContain('链接参数 year="<img id=pwned src=x onerror=alert(1)>"');
    await screenshot(page, 'hostile-url');
  }, LOADS_TIMEOUT_MS);
});
