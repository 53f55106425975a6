// `npm run soak`: a long session against the built app (dist/, from `npm run build`) to catch leaks and error loops.
// Autoplay plus scripted interaction; every minute a forced GC and a heap sample. Exits non-zero on any console or
// page error, or when the heap grew more than 5 % from the first sample after warm-up to the last.
// The heap includes V8's compiled code, which keeps growing for several minutes as more functions get optimised
// (about +0.8 MB from minute 2 to 7; with --js-flags=--no-opt --no-maglev --no-sparkplug the heap stays flat), and a
// sample also depends on which panel is open when it is taken; the medians of three show the trend.
// --app-heap runs V8 without its optimising tiers, so the samples hold the app's objects without that compiled code.
// Usage: node scripts/soak.mjs [--minutes N] [--warmup N] [--port N] [--dist DIR] [--app-heap]
//   (defaults: 30 minutes, 2 of warm-up, a free port, ./dist; copy dist elsewhere to rebuild during a run)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, HEADLESS_ARGS } from './chromium-args.mjs';
import { serveDist } from './serve-dist.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_HEAP_GROWTH = 0.05;
const PAUSE_MS = 2500;
const ACTION_TIMEOUT_MS = 8000;
/** V8 without its optimising compilers: compiled code then stops growing with the session. */
const NO_JIT_TIERS = '--js-flags=--no-opt --no-maglev --no-sparkplug';

function rawOption(name) {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}

function option(name, fallback) {
  const raw = rawOption(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} needs a number, got "${raw}"`);
  return n;
}

/** A small deterministic random source, so two runs do the same things. */
function seeded(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** The scripted steps; selectors do not depend on the interface language. */
function actions(page, random) {
  const pick = (n) => Math.floor(random() * n);
  const click = (selector) => page.locator(selector).first().click({ timeout: ACTION_TIMEOUT_MS });
  const tab = (id) => click(`#tab-${id}`);
  const map = async () => (await page.locator('.map').boundingBox({ timeout: ACTION_TIMEOUT_MS }));
  return {
    autoplay: async () => {
      await page.locator('.year-slider').focus();
      await page.keyboard.press('Home');
      await click('.timeline button.play');
    },
    years: async () => {
      await page.locator('.year-slider').focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press(random() < 0.5 ? 'ArrowLeft' : 'ArrowRight');
    },
    cityDetail: async () => {
      await tab('overview');
      const rows = page.locator('table tbody tr button.link-button');
      const n = await rows.count();
      if (n === 0) return;
      await rows.nth(pick(n)).click({ timeout: ACTION_TIMEOUT_MS });
      await page.waitForTimeout(PAUSE_MS);
      await click('.detail-panel button.close');
    },
    corridors: async () => {
      await tab('corridors');
      const buttons = page.locator('.tabpanel button');
      const n = await buttons.count();
      if (n > 0) await buttons.nth(pick(Math.min(n, 3))).click({ timeout: ACTION_TIMEOUT_MS });
    },
    routes: async () => {
      await tab('routes');
      const choose = async (selector) => {
        const select = page.locator(selector);
        await select.waitFor({ timeout: ACTION_TIMEOUT_MS });
        const values = await select.evaluate((el) => [...el.options].filter((o) => o.value && !o.disabled).map((o) => o.value));
        if (values.length) await select.selectOption(values[pick(values.length)], { timeout: ACTION_TIMEOUT_MS });
      };
      await choose('#route-from');
      await choose('#route-to');
    },
    measures: async () => {
      await tab('measures');
      const measures = page.locator('.tabpanel li.measure button[aria-pressed]');
      await measures.first().waitFor({ timeout: ACTION_TIMEOUT_MS });
      await measures.nth(pick(await measures.count())).click({ timeout: ACTION_TIMEOUT_MS });
    },
    story: async () => {
      await tab('story');
      await page.locator('.story-start, .story-panel').first().waitFor({ timeout: ACTION_TIMEOUT_MS });
      if (await page.locator('.story-start button.primary').count()) await click('.story-start button.primary');
      const next = page.locator('.story-panel .story-nav button:nth-child(2)');
      for (let i = 0; i < 3; i++) {
        if ((await next.getAttribute('aria-disabled', { timeout: ACTION_TIMEOUT_MS })) === 'true') {
          await click('.story-panel .story-exit');
          return;
        }
        await next.click({ timeout: ACTION_TIMEOUT_MS });
        await page.waitForTimeout(PAUSE_MS / 2);
      }
    },
    language: () => click('.lang-switch button[aria-pressed="false"]'),
    panZoom: async () => {
      const box = await map();
      if (!box) return;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      await page.mouse.move(cx + (random() - 0.5) * 200, cy + (random() - 0.5) * 150, { steps: 8 });
      await page.mouse.up();
      await page.mouse.wheel(0, random() < 0.5 ? -300 : 300);
    },
  };
}

const mb = (bytes) => (bytes / 1048576).toFixed(1);
const pad = (s, n) => String(s).padStart(n);

async function main() {
  const minutes = option('minutes', 30);
  const warmup = Math.min(option('warmup', 2), Math.max(0, minutes - 1));
  const port = option('port', 0);
  const appHeapOnly = process.argv.includes('--app-heap');
  const dist = resolve(rawOption('dist') ?? resolve(ROOT, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');

  const served = await serveDist(dist, { port });
  const profile = mkdtempSync(join(tmpdir(), 'atlas-soak-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    viewport: { width: 1280, height: 800 }, args: appHeapOnly ? [...HEADLESS_ARGS, NO_JIT_TIERS] : HEADLESS_ARGS,
  });
  const errors = [];
  const actionFailures = [];
  const foreign = new Set();
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const origin = new URL(served.url).origin;
    ctx.on('request', (r) => !/^(data|blob):/.test(r.url()) && !r.url().startsWith(origin) && foreign.add(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push({ at: Date.now(), text: m.text() }));
    page.on('pageerror', (e) => errors.push({ at: Date.now(), text: String(e) }));
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${served.url}?lang=en`);
    await page.waitForSelector('html[data-map-ready="true"]', { timeout: 120_000 });

    const started = Date.now();
    const samples = [];
    let actionCount = 0;
    const sample = async (minute) => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const row = {
        minute, heapBytes: usedSize, domNodes: dom.nodes, listeners: dom.jsEventListeners,
        errors: errors.length, actions: actionCount, headline: await page.locator('#headline-text').innerText().catch(() => ''),
      };
      samples.push(row);
      console.log(`${pad(minute, 6)}${pad(mb(row.heapBytes), 10)}${pad(row.domNodes, 10)}${pad(row.listeners, 11)}${pad(row.errors, 8)}${pad(row.actions, 9)}  ${row.headline}`);
    };
    console.log(`Soak: ${minutes} min (${warmup} warm-up) against ${served.url}${appHeapOnly ? ', optimising tiers off (--app-heap)' : ''}`);
    console.log(`${pad('minute', 6)}${pad('heap MB', 10)}${pad('DOM nodes', 10)}${pad('listeners', 11)}${pad('errors', 8)}${pad('actions', 9)}  headline`);

    const random = seeded(20260101);
    const steps = actions(page, random);
    const names = Object.keys(steps);
    await sample(0);
    for (let minute = 1; minute <= minutes; minute++) {
      const due = started + minute * 60_000;
      while (Date.now() < due) {
        const name = names[actionCount % names.length];
        try {
          await steps[name]();
        } catch (e) {
          actionFailures.push({ at: Date.now() - started, action: name, message: String(e).split('\n')[0] });
        }
        actionCount++;
        await page.waitForTimeout(Math.max(0, Math.min(PAUSE_MS, due - Date.now())));
      }
      await sample(minute);
    }

    const base = samples.find((s) => s.minute === warmup) ?? samples[0];
    const last = samples[samples.length - 1];
    const growth = (last.heapBytes - base.heapBytes) / base.heapBytes;
    // For reading the trend only (the verdict uses the two samples): medians of three at each end.
    const median3 = (rows) => rows.map((r) => r.heapBytes).sort((a, b) => a - b)[Math.floor((rows.length - 1) / 2)];
    const after = samples.filter((s) => s.minute >= base.minute);
    const trend = after.length < 6 ? null : (median3(after.slice(-3)) - median3(after.slice(0, 3))) / median3(after.slice(0, 3));
    const failed = errors.length > 0 || growth > MAX_HEAP_GROWTH;
    const result = {
      date: new Date().toISOString(), minutes, warmupMinutes: warmup, appHeapOnly, url: served.url,
      heapGrowth: growth, heapGrowthMedianOf3: trend, maxHeapGrowth: MAX_HEAP_GROWTH, consoleAndPageErrors: errors.length,
      errors: errors.slice(0, 50).map((e) => ({ atMs: e.at - started, text: e.text })),
      actions: actionCount, actionFailures, foreignRequests: [...foreign], samples, passed: !failed,
    };
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    const out = resolve(ROOT, 'test-results', `soak-${result.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log('');
    console.log(`Heap after GC: ${mb(base.heapBytes)} MB at minute ${base.minute} → ${mb(last.heapBytes)} MB at minute ${last.minute} ` +
      `(${(growth * 100).toFixed(1)} %, limit ${MAX_HEAP_GROWTH * 100} %; medians of 3 at each end: ${trend === null ? 'n/a' : `${(trend * 100).toFixed(1)} %`})`);
    console.log(`Console and page errors: ${errors.length}; actions: ${actionCount} (${actionFailures.length} could not run); ` +
      `requests to other origins: ${foreign.size}`);
    for (const e of errors.slice(0, 10)) console.log(`  error at ${((e.at - started) / 1000).toFixed(0)} s: ${e.text}`);
    console.log(`Written: ${out}`);
    console.log(failed ? 'SOAK FAILED' : 'Soak passed');
    process.exitCode = failed ? 1 : 0;
  } finally {
    await ctx.close();
    await served.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
