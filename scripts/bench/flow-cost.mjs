// Flow cost: the baseline page with `?trips=N` (the app's flow layer code, animated), measured while it runs.
import { withRenderedPage, mainThread } from './page.mjs';
import { median } from './stats.ts';
import { pad, padLeft } from './format.mjs';

/** Trips per line: none (the reference, still redrawn every frame), about 1k, 10k and 100k trips. */
export const FLOW_MODES = [0, 44, 435, 4348];
const WARMUP_MS = 1000;
const MEASURE_MIN_MS = 4000;
const MEASURE_MAX_MS = 90_000;
const MIN_FRAMES = 5;

async function snapshot(page, cdp) {
  const flows = await page.evaluate(() => ({ ...window.__flows, now: performance.now() }));
  return { ...flows, ...(await mainThread(cdp)) };
}

/**
 * Lets the animation run for a second, then measures at least MEASURE_MIN_MS and MIN_FRAMES frames
 * (at most MEASURE_MAX_MS): frames from the page's own loop, main-thread time from CDP metrics.
 */
export function measureFlows(url, { allowedOrigins, timeoutMs = 420_000 }) {
  return withRenderedPage(url, { allowedOrigins, readyTimeoutMs: 240_000, timeoutMs }, async ({ page, cdp, firstRenderMs }) => {
    await page.waitForFunction(() => window.__flows?.startedAt != null, null, { timeout: 30_000 });
    await page.waitForTimeout(WARMUP_MS);
    const start = await snapshot(page, cdp);
    let end;
    do {
      await page.waitForTimeout(500);
      end = await snapshot(page, cdp);
    } while (end.now - start.now < MEASURE_MAX_MS && (end.now - start.now < MEASURE_MIN_MS || end.frames - start.frames < MIN_FRAMES));
    const frames = end.frames - start.frames;
    if (frames < 1) return { failure: `no animation frame in ${MEASURE_MAX_MS / 1000} s` };
    return {
      result: {
        firstRenderMs, year: end.year, trips: end.trips, running: end.running, frames,
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
  { label: '+JS vs none', key: 'addedJs', digits: 1 },
  { label: 'rAF cb ms', key: 'rafMsPerFrame', digits: 2 },
  { label: 'main ms/frame', key: 'taskMsPerFrame', digits: 1 },
];
const cell = (text, label) => padLeft(text, Math.max(label.length, 5) + 2);

/**
 * Medians per mode that ran, with the JS added over the no-flows reference; `failures` (mode → reason) lists
 * the sizes that never ran on this machine.
 */
export function flowSummary(byMode, failures = new Map()) {
  const none = median((byMode.get(FLOW_MODES[0]) ?? []).map((r) => r.jsMsPerFrame));
  return FLOW_MODES.map((mode) => {
    const rs = byMode.get(mode) ?? [];
    if (rs.length === 0) return { tripsPerLine: mode, runs: 0, failure: failures.get(mode) ?? 'not run' };
    const med = (key) => median(rs.map((r) => r[key]));
    return {
      tripsPerLine: mode, trips: rs[0].trips, running: rs[0].running, runs: rs.length,
      fps: med('fps'), frames: med('frames'), jsMsPerFrame: med('jsMsPerFrame'), addedJs: med('jsMsPerFrame') - none,
      rafMsPerFrame: med('rafMsPerFrame'), taskMsPerFrame: med('taskMsPerFrame'), firstRenderMs: med('firstRenderMs'),
    };
  });
}

/** The report's lines for `flowSummary`. */
export function flowReport(summary) {
  const num = (n) => n.toLocaleString('en-US');
  const lines = ['', `Flow animation cost on the baseline page (?trips=N): the app's flowTrips, flowLayerProps and nextFlowTime,`,
    `the timeline's last year, map redrawn every frame; at least ${MEASURE_MIN_MS / 1000} s and ${MIN_FRAMES} frames measured (at most ${MEASURE_MAX_MS / 1000} s).`, ''];
  lines.push(pad('trips (running)', 22) + COLUMNS.map((c) => cell(c.label, c.label)).join('') + cell('ready ms', 'ready ms'));
  for (const s of summary) {
    if (s.runs === 0) {
      lines.push(pad(`${num(s.tripsPerLine)} per line`, 22) + `  did not run: ${s.failure}`);
      continue;
    }
    const label = s.tripsPerLine === 0 ? 'no flows' : `${num(s.trips)} (${num(s.running)})`;
    lines.push(pad(label, 22) + COLUMNS.map((c) => cell(s[c.key].toFixed(c.digits), c.label)).join('') + cell(s.firstRenderMs.toFixed(0), 'ready ms'));
  }
  lines.push('JS ms/frame: CDP ScriptDuration per frame, drawing included (maplibre and deck.gl draw in their rAF callback).');
  lines.push('+JS vs none: the flows\' share. rAF cb ms: new TripsLayer + setProps per frame. Running: trips the year\'s filter');
  lines.push('lets through; the others still pass the GPU\'s vertex stage and are dropped there.');
  const largest = summary.at(-1);
  const ran = summary.filter((s) => s.runs > 0 && s.tripsPerLine > 0).at(-1);
  if (largest.runs === 0) {
    lines.push(`Largest case (${num(largest.tripsPerLine)} per line, about 100k trips): beyond this machine (${largest.failure});` +
      ` the largest that ran: ${ran ? `${num(ran.trips)} trips` : 'none'}.`);
  } else {
    lines.push(`Largest case (${num(largest.tripsPerLine)} per line): ran on this machine, ${num(largest.trips)} trips.`);
  }
  return lines;
}
