// Flow cost: the baseline page with `?trips=N` (the app's flow layer, animated), measured while it runs.
import { withReadyPage } from './measure.mjs';
import { median, pad, padLeft } from './format.mjs';

/** Trips per line: none (the reference, still redrawn every frame), about 1k and about 10k trips. */
export const FLOW_MODES = [0, 44, 435];
const WARMUP_MS = 1000;
const MEASURE_MS = 4000;

/** Resolves just after a frame's rAF callbacks (where maplibre and deck.gl draw) have run. */
const afterFrame = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function snapshot(page, cdp) {
  await afterFrame(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const flows = await page.evaluate(() => ({ ...window.__flows, now: performance.now() }));
  return { ...flows, scriptS: metric('ScriptDuration'), taskS: metric('TaskDuration') };
}

/**
 * Opens the baseline at `url` (with `trips=`), lets the animation run for a second, then measures
 * MEASURE_MS: frames from the page's own rAF loop, main-thread time from CDP Performance metrics.
 */
export function measureFlows(url, { allowedOrigins }) {
  return withReadyPage(url, allowedOrigins, async ({ page, ctx, readyMs }) => {
    await page.waitForFunction(() => window.__flows?.startedAt != null, null, { timeout: 15_000 });
    await page.waitForTimeout(WARMUP_MS);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const start = await snapshot(page, cdp);
    await page.waitForTimeout(MEASURE_MS);
    const end = await snapshot(page, cdp);
    const frames = end.frames - start.frames;
    if (frames < 1) return { failure: `no animation frame in ${MEASURE_MS / 1000} s` };
    return {
      result: {
        readyMs, year: end.year, trips: end.trips, running: end.running, frames,
        fps: (frames * 1000) / (end.now - start.now),
        jsMsPerFrame: ((end.scriptS - start.scriptS) * 1000) / frames,
        taskMsPerFrame: ((end.taskS - start.taskS) * 1000) / frames,
        rafMsPerFrame: (end.workMs - start.workMs) / frames,
      },
    };
  });
}

const COLUMNS = [
  { label: 'fps', key: 'fps', digits: 1 },
  { label: 'frames', key: 'frames', digits: 0 },
  { label: 'JS ms/frame', key: 'jsMsPerFrame', digits: 1 },
  { label: 'rAF cb ms', key: 'rafMsPerFrame', digits: 2 },
  { label: 'main ms/frame', key: 'taskMsPerFrame', digits: 1 },
  { label: 'busy %', key: 'busyPct', digits: 0 },
];
const cell = (text, label) => padLeft(text, Math.max(label.length, 5) + 2);

/** `byMode`: per trips-per-line value, the results of every run. Returns the report's lines. */
export function flowReport(byMode, runs) {
  const num = (n) => n.toLocaleString('en-US');
  const withBusy = (r) => ({ ...r, busyPct: (r.taskMsPerFrame * r.fps) / 10 });
  const med = (mode, key) => median(byMode.get(mode).map((r) => withBusy(r)[key]));
  const first = byMode.get(FLOW_MODES[0])[0];
  const lines = [];
  lines.push('');
  lines.push(`Flow animation cost on the baseline page (?trips=N): the app's flowTrips, flowLayerProps and nextFlowTime,`);
  lines.push(`year ${first.year}, map redrawn every frame; ${MEASURE_MS / 1000} s measured after ${WARMUP_MS / 1000} s of animation.`);
  lines.push(`Medians of ${runs} run(s); min–max of JS ms/frame in brackets.`);
  lines.push('');
  lines.push(pad('trips (running), per line', 27) + COLUMNS.map((c) => cell(c.label, c.label)).join('') +
    cell('JS ×', 'JS ×') + cell('fps ×', 'fps ×'));
  for (const mode of FLOW_MODES) {
    const rs = byMode.get(mode);
    const label = mode === 0 ? 'no flows' : `${num(rs[0].trips)} (${num(rs[0].running)}), ${mode}`;
    const js = rs.map((r) => r.jsMsPerFrame);
    const spread = rs.length > 1 ? `  (${Math.min(...js).toFixed(1)}–${Math.max(...js).toFixed(1)})` : '';
    const ratio = (key) => (med(mode, key) / med(FLOW_MODES[0], key)).toFixed(2);
    lines.push(pad(label, 27) + COLUMNS.map((c) => cell(med(mode, c.key).toFixed(c.digits), c.label)).join('') +
      cell(ratio('jsMsPerFrame'), 'JS ×') + cell(ratio('fps'), 'fps ×') + spread);
  }
  lines.push('');
  lines.push('fps and frames: the page\'s animation loop (requestAnimationFrame). JS ms/frame: CDP ScriptDuration per');
  lines.push('frame, drawing included (maplibre and deck.gl draw in their own rAF callback). rAF cb ms: nextFlowTime +');
  lines.push('new TripsLayer + setProps per frame, by performance.now(). main ms/frame: CDP TaskDuration per frame;');
  lines.push('busy %: share of wall time. ×: ratio of medians to no flows. Running: trips the year\'s filter lets');
  lines.push('through; the others still go through the GPU\'s vertex stage and are dropped there.');
  return lines;
}
