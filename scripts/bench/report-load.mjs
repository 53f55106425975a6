// The report's sections on loading, by page (app, embed, baseline, floor): first full render against the
// floor, GL programs linked until then, the phone profile; idle frames; and the log of every run.
import { median, ratio, summarize } from './stats.ts';
import { pad, padLeft } from './format.mjs';

const KB = 1024;
export const PAGES = ['app', 'embed', 'baseline', 'floor'];
const fmt = (digits) => (v) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');

const LOAD_FIGURES = [
  { key: 'firstRenderMs', label: 'First full render (ms)', get: (r) => r.firstRenderMs, digits: 0 },
  { key: 'js', label: 'Initial JS, gzip, worker incl. (KB)', get: (r) => r.bytes.js / KB, digits: 0 },
  { key: 'total', label: 'All bytes until first render (KB)', get: (r) => r.bytes.total / KB, digits: 0 },
  { key: 'programs', label: 'WebGL programs linked', get: (r) => r.gl.programs, digits: 0 },
  { key: 'linkStatusMs', label: 'Waiting on LINK_STATUS (ms)', get: (r) => r.gl.linkStatusMs, digits: 0 },
  { key: 'linkCallMs', label: 'Inside linkProgram (ms)', get: (r) => r.gl.linkCallMs, digits: 0 },
];

/** Per load figure and page: the summary of the runs that have it. `runsByPage`: { app: [...], embed, baseline, floor }. */
export function loadSummary(runsByPage) {
  const out = {};
  for (const f of LOAD_FIGURES) {
    out[f.key] = Object.fromEntries(PAGES.map((p) => [p, summarize((runsByPage[p] ?? []).map(f.get))]));
  }
  return out;
}

const row = (label, cells, width = 12) => pad(label, 38) + cells.map((c) => padLeft(c, width)).join('');
const figureRows = (load, keys) => LOAD_FIGURES.filter((f) => keys.includes(f.key))
  .map((f) => row(f.label, PAGES.map((p) => fmt(f.digits)(load[f.key][p].median))));
const ratioRow = (load, key, over) => row(`  ÷ ${over}`, PAGES.map((p) => times(ratio(load[key][p].median, load[key][over].median))));
const header = () => row('', PAGES);

export function floorReport(load) {
  return ['', 'First full render against the floor page (bare MapLibre + deck.gl: one background, no basemap, 5 points), medians',
    header(), ...figureRows(load, ['firstRenderMs']), ratioRow(load, 'firstRenderMs', 'baseline'), ratioRow(load, 'firstRenderMs', 'floor'),
    ...figureRows(load, ['js', 'total'])];
}

export function glReport(load) {
  return ['', 'WebGL programs linked before the first full render, and main-thread time on them (linkProgram and',
    'getProgramParameter(LINK_STATUS) wrapped by an init script, performance.now() around each call), medians',
    header(), ...figureRows(load, ['programs', 'linkStatusMs', 'linkCallMs'])];
}

export function phoneReport(phone, profile) {
  const net = profile.network;
  const kbit = (bytesPerS) => Math.round((bytesPerS * 8) / 1024).toLocaleString('en-US');
  return ['', `Phone profile: ${profile.context.viewport.width}×${profile.context.viewport.height} at ${profile.context.deviceScaleFactor}×, ` +
    `mobile with touch, CPU ${profile.cpuSlowdown}× slower,`,
  `  slow 4G (${net.latency} ms latency, ${kbit(net.downloadThroughput)} kbit/s down, ${kbit(net.uploadThroughput)} up), through CDP emulation;` +
    ' one browser per page, medians',
  header(), ...figureRows(phone, ['firstRenderMs']), ratioRow(phone, 'firstRenderMs', 'baseline'), ratioRow(phone, 'firstRenderMs', 'floor'),
  ...figureRows(phone, ['total', 'programs', 'linkStatusMs'])];
}

/** Median idle frames: the app and the baseline with their flows paused, the app with reduced motion. */
export function idleSummary(app, baseline, reduced) {
  const of = (runs, key) => ({ median: median(runs.map((r) => r[key])), runs: runs.map((r) => r[key]) });
  return { appPaused: of(app, 'idlePausedFrames'), baselinePaused: of(baseline, 'idlePausedFrames'), appReducedMotion: of(reduced, 'idleFrames') };
}

export function idleReport(idle, ms) {
  const line = (label, s) => `  ${pad(label, 52)} ${padLeft(fmt(0)(s.median), 6)}   (runs: ${s.runs.join(', ') || 'none'})`;
  return ['', `Idle: animation frames requested over ${ms / 1000} s of doing nothing (requestAnimationFrame wrapped by an init script), medians;`,
    '  the bench\'s own frame counting uses the unwrapped function and is left out',
    line('app, flows paused (after the year scrub)', idle.appPaused),
    line('baseline, flows paused', idle.baselinePaused),
    line('app, reduced motion (flows off from the start)', idle.appReducedMotion)];
}

/** Every run the bench started, with its outcome; failed ones give their kind (crash, timeout, error) and reason. */
export function runLogReport(entries) {
  const failed = entries.filter((e) => e.status !== 'ok' && e.status !== 'skipped');
  const skipped = entries.filter((e) => e.status === 'skipped');
  const lines = ['', `Runs: ${entries.length - failed.length - skipped.length} ok, ${failed.length} failed, ${skipped.length} skipped; each in its own browser process`];
  for (const e of entries) {
    lines.push(`  ${pad(e.status, 8)} ${pad(e.what, 40)} ${padLeft(e.seconds == null ? '' : `${e.seconds.toFixed(0)} s`, 6)}${e.reason ? `   ${e.reason}` : ''}`);
  }
  return lines;
}
