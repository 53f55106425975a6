// The bench's printed table and its targets.
import { growthPct, median, meets, net, ratio, summarize } from './stats.ts';
import { pad, padLeft, wrap } from './format.mjs';

const KB = 1024;
const MB = 1024 * 1024;
const fmt = (digits) => (v) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');

/** Figures per page: how to read one from a run, its scale and digits. */
export const FIGURES = [
  { key: 'firstRenderMs', label: 'First full render (ms)', get: (r) => r.firstRenderMs, digits: 0 },
  { key: 'js', label: 'Initial JS, gzip, worker incl. (KB)', get: (r) => r.bytes.js / KB, digits: 0 },
  { key: 'css', label: 'CSS, gzip (KB)', get: (r) => r.bytes.css / KB, digits: 1 },
  { key: 'font', label: 'Fonts fetched (KB)', get: (r) => r.bytes.font / KB, digits: 0 },
  { key: 'data', label: 'Data JSON, gzip (KB)', get: (r) => r.bytes.data / KB, digits: 1 },
  { key: 'basemap', label: 'Basemap (tiles or JSON), gzip (KB)', get: (r) => r.bytes.basemap / KB, digits: 0 },
  { key: 'total', label: 'All bytes until first render (KB)', get: (r) => r.bytes.total / KB, digits: 0 },
  { key: 'heap', label: 'JS heap after load, after GC (MB)', get: (r) => r.heapBytes / MB, digits: 1 },
  { key: 'animJs', label: 'Flows running: JS ms per frame', get: (r) => r.animJsMsPerFrame, digits: 2 },
  { key: 'animFps', label: 'Flows running: frames/s', get: (r) => r.animFps, digits: 1, higherIsBetter: true },
  { key: 'dragFps', label: 'Dragging the map: frames/s', get: (r) => r.fps, digits: 1, higherIsBetter: true },
  { key: 'scrub', label: 'Year scrub: main-thread ms/step', get: (r) => median(net(r.scrub.steps, r.scrub.noops)), digits: 1 },
  { key: 'scrubJs', label: '  of which JS (ms/step)', get: (r) => median(net(r.scrub.scriptSteps, r.scrub.scriptNoops)), digits: 1 },
];

const summaryOf = (runs, figure) => summarize(runs.map(figure.get));
const spread = (s, digits) => (s.n > 1 ? ` (${fmt(digits)(s.min)}–${fmt(digits)(s.max)})` : '');

/** Medians per figure for app, baseline and embed, plus the ratios: what the JSON file keeps. */
export function summaryTable(app, baseline, embed) {
  const out = {};
  for (const f of FIGURES) {
    const a = summaryOf(app, f);
    const b = summaryOf(baseline, f);
    out[f.key] = { app: a, baseline: b, ratio: ratio(a.median, b.median) };
    if (embed.length && ['firstRenderMs', 'js', 'css', 'font', 'data', 'basemap', 'total'].includes(f.key)) out[f.key].embed = summaryOf(embed, f);
  }
  return out;
}

/**
 * The targets of the performance work, with this run's values. `load` and `phone` come from `loadSummary`,
 * `idle` from `idleSummary`; `phonePages` are the pages the phone profile measures; `kbPerExtraEmbed` what each embed
 * after the first costs an article's reader, with the deployment headers (article.ts).
 */
export function targetsOf({ table, load, phone, idle, flows, loop, phonePages, kbPerExtraEmbed = Number.NaN }) {
  const at10k = flows?.find((s) => s.runs > 0 && s.trips >= 5000 && s.trips < 50_000);
  const loopGrowth = loop ? growthPct(loop.from.heapBytes, loop.end.heapBytes) : Number.NaN;
  const firstRender = (page, over) => ratio(load.firstRenderMs[page].median, load.firstRenderMs[over].median);
  const phoneMissing = phonePages.filter((p) => !Number.isFinite(phone.firstRenderMs[p].median));
  return [
    { label: 'Year scrub, main thread per step, app ÷ baseline', limit: 1.25, unit: '×', value: table.scrub.ratio },
    { label: 'Initial JS, app ÷ baseline', limit: 1.15, unit: '×', value: table.js.ratio },
    { label: 'Initial JS, embed − baseline', limit: 60, unit: ' KB', value: (table.js.embed?.median ?? Number.NaN) - table.js.baseline.median },
    { label: 'First full render, app ÷ baseline', limit: 1.1, unit: '×', value: firstRender('app', 'baseline') },
    { label: 'First full render, embed ÷ baseline', limit: 1.1, unit: '×', value: firstRender('embed', 'baseline') },
    { label: 'First full render, app ÷ floor', limit: 2, unit: '×', value: firstRender('app', 'floor') },
    { label: 'GL programs before first render, app', limit: 8, unit: '', value: load.programs.app.median },
    { label: 'GL programs before first render, embed', limit: 8, unit: '', value: load.programs.embed.median },
    { label: 'Idle frames in 3 s, app, flows paused', limit: 0, unit: '', value: idle.appPaused.median },
    { label: 'Idle frames in 3 s, app, reduced motion', limit: 0, unit: '', value: idle.appReducedMotion.median },
    { label: `Phone first render measured (${phonePages.join(', ')})`, limit: 0, unit: ' missing', value: phoneMissing.length,
      note: phoneMissing.length ? `missing: ${phoneMissing.join(', ')}` : '' },
    { label: 'Data JSON, gzip', limit: 150, unit: ' KB', value: table.data.app.median },
    { label: 'Each further embed on one article page (phone)', limit: 60, unit: ' KB', value: kbPerExtraEmbed },
    { label: 'Flows at 10k trips, JS per frame', limit: 2, unit: ' ms', value: at10k?.jsMsPerFrame ?? Number.NaN },
    { label: 'Heap growth over the autoplay loop', limit: 5, unit: ' %', value: loopGrowth },
  ];
}

export function pageReport(table, { runs, env }) {
  const lines = ['', 'Corridor Atlas benchmark: the built app against a bare MapLibre + deck.gl page drawing the same data',
    `${env.browser}, WebGL: ${env.webgl}`,
    `Window 1280×800, map canvas ${env.mapSize ? `${env.mapSize.width}×${env.mapSize.height}` : 'unknown'} on both pages; ${runs} runs per page, alternating, each in its own browser.`,
    'Medians, min–max in brackets. Bytes: the files fetched until the first full render, gzip for text.', ''];
  lines.push(pad('', 38) + padLeft('app', 22) + padLeft('baseline', 22) + padLeft('app ÷ base', 12));
  for (const f of FIGURES) {
    const row = table[f.key];
    lines.push(pad(f.label, 38) + padLeft(fmt(f.digits)(row.app.median) + spread(row.app, f.digits), 22) +
      padLeft(fmt(f.digits)(row.baseline.median) + spread(row.baseline, f.digits), 22) +
      padLeft(Number.isFinite(row.ratio) ? `${row.ratio.toFixed(2)}×` : 'n/a', 12));
  }
  lines.push('Flows running / dragging: higher frames/s is better; everything else, lower is better.');
  lines.push('Year scrub: CDP TaskDuration from an arrow key on the Year slider to two drawn frames later, flows paused,');
  lines.push('every year forward and back, less the same measure around a key press that changes nothing. The rest of');
  lines.push('the main thread is style, layout and paint, and waiting on the GPU process: this Chromium reads each new');
  lines.push('WebGL frame back for the page’s compositor (ReadPixels at commit), so a step waits for the software-drawn frame.');
  return lines;
}

export function embedReport(table, embedRuns) {
  if (embedRuns.length === 0) return ['', 'Embed mode: no run finished.'];
  const lines = ['', 'Embed mode (?embed=1) until its first full render'];
  lines.push(pad('', 38) + padLeft('embed', 22) + padLeft('full app', 22) + padLeft('baseline', 22));
  for (const key of ['firstRenderMs', 'js', 'css', 'font', 'data', 'basemap', 'total']) {
    const f = FIGURES.find((x) => x.key === key);
    const row = table[key];
    lines.push(pad(f.label, 38) + padLeft(fmt(f.digits)(row.embed.median), 22) + padLeft(fmt(f.digits)(row.app.median), 22) +
      padLeft(fmt(f.digits)(row.baseline.median), 22));
  }
  const names = [...new Set(embedRuns.flatMap((r) => r.jsFiles.map((f) => `${f.path.split('/').pop().replace(/-[\w-]{8}\.(m?js)$/, '.$1')} ${(f.bytes / KB).toFixed(0)}`)))];
  lines.push('JS files of the embed (KB gzip):', ...wrap(names, '  '));
  return lines;
}

export function loopReport(loop) {
  if (!loop) return ['', 'Autoplay loop: skipped (--loop-minutes 0).'];
  const mb = (b) => (b / MB).toFixed(1);
  return ['', `Autoplay loop, full app: ${loop.minutes} min, ${loop.passes} passes through the years, flows running; heap after GC (MB):`,
    `  after load ${mb(loop.start.heapBytes)}, after the first pass ${mb(loop.from.heapBytes)}, at the end ${mb(loop.end.heapBytes)}` +
    ` (growth from the first pass ${growthPct(loop.from.heapBytes, loop.end.heapBytes).toFixed(1)} %, from load ${growthPct(loop.start.heapBytes, loop.end.heapBytes).toFixed(1)} %)`,
    `  samples: ${loop.samples.map((s) => `${s.s.toFixed(0)} s ${mb(s.heapBytes)}`).join(', ')}`];
}

export function targetReport(targets) {
  const lines = ['', 'Targets (this run)'];
  for (const t of targets) {
    const digits = Number.isInteger(t.value) ? 0 : 2;
    const value = Number.isFinite(t.value) ? `${t.value.toFixed(digits)}${t.unit}` : 'n/a';
    lines.push(`  ${meets(t) ? 'met    ' : 'NOT met'}  ${pad(t.label, 52)} ${padLeft(value, 11)}   limit ${t.limit}${t.unit}${t.note ? `   ${t.note}` : ''}`);
  }
  return lines;
}
