// `npm run bench`: the built app against a bare MapLibre + deck.gl page with the same data, in one run;
// then the initial JS of the full app and of embed mode, and the cost of the animated flows.
// Usage: node scripts/bench.mjs [--runs N]   (after `npm run build`; N defaults to 3)
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from './bench/serve.mjs';
import { BROWSER_ARGS, SCRUB_KEYS, VIEWPORT, measureLoad, measurePage } from './bench/measure.mjs';
import { FLOW_MODES, flowReport, measureFlows } from './bench/flow-cost.mjs';
import { initialJsReport, loadedByIndex } from './bench/initial-js.mjs';
import { median, pad, padLeft } from './bench/format.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = resolve(ROOT, 'dist');
const BARE_DIR = resolve(ROOT, 'node_modules/.cache/bench-bare');
const EMBED_QUERY = '?lang=en&embed=1';

function parseRuns(argv) {
  const i = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  if (i === -1) return 3;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--runs needs a whole number of at least 1, got "${raw}"`);
  return n;
}

// Figures shown per page: label, how to read it from a run, how to print it.
const FIGURES = [
  { key: 'jsBytes', label: 'JS transferred until ready (KB)', format: (v) => (v / 1024).toFixed(0) },
  { key: 'totalBytes', label: 'All bytes transferred until ready (KB)', format: (v) => (v / 1024).toFixed(0) },
  { key: 'readyMs', label: 'Time to readiness flag (ms)', format: (v) => v.toFixed(0) },
  { key: 'heapBytes', label: 'JS heap after ready, after GC (MB)', format: (v) => (v / 1048576).toFixed(1) },
  { key: 'fps', label: 'Frames per second while dragging (3 s)', format: (v) => v.toFixed(1) },
  { key: 'scrubMsPerStep', label: `Year scrub, ${SCRUB_KEYS.length} key presses (ms/step)`, format: (v) => v.toFixed(0), appOnly: true },
];

function summary(runs, figure) {
  const values = runs.map((r) => r[figure.key]);
  const mid = median(values);
  const spread = values.length > 1 ? ` (${figure.format(Math.min(...values))}–${figure.format(Math.max(...values))})` : '';
  return { median: mid, text: figure.format(mid) + spread };
}

function report(app, bare, runs, env) {
  const lines = [];
  lines.push('');
  lines.push('Corridor Atlas benchmark: built app vs bare MapLibre + deck.gl baseline');
  lines.push(`${env.browser}, WebGL renderer: ${env.webgl}`);
  lines.push(`Window ${VIEWPORT.width}×${VIEWPORT.height}, map canvas ${env.mapSize.width}×${env.mapSize.height} on both pages, ` +
    `${runs} run(s) per page, fresh profile each, same flags: ${BROWSER_ARGS.filter((a) => /angle|gpu/.test(a)).join(' ')}`);
  lines.push('Figures are medians; min–max over the runs in brackets. Bytes include headers; text files served gzipped.');
  lines.push('');
  lines.push(`${pad('', 42)}${padLeft('app', 24)}${padLeft('baseline', 24)}`);
  for (const f of FIGURES) {
    const a = summary(app, f).text;
    const b = f.appOnly ? 'n/a' : summary(bare, f).text;
    lines.push(`${pad(f.label, 42)}${padLeft(a, 24)}${padLeft(b, 24)}`);
  }
  lines.push('');
  lines.push('Ratio app / baseline (medians)');
  for (const f of FIGURES.filter((x) => !x.appOnly)) {
    const ratio = summary(app, f).median / summary(bare, f).median;
    const better = f.key === 'fps' ? 'higher is better' : 'lower is better';
    lines.push(`${pad(f.label, 42)}${padLeft(`${ratio.toFixed(2)}×`, 10)}   (${better})`);
  }
  return lines;
}

async function main() {
  const runs = parseRuns(process.argv.slice(2));
  if (!existsSync(resolve(APP_DIR, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
  console.log('Building the baseline page…');
  await build({ configFile: resolve(ROOT, 'scripts/bench/vite.config.ts'), logLevel: 'warn' });

  const appServer = await serveStatic(APP_DIR);
  const bareServer = await serveStatic(BARE_DIR, 'bare.html');
  const allowedOrigins = [appServer.url, bareServer.url];
  const app = [];
  const bare = [];
  const embed = [];
  const flows = new Map(FLOW_MODES.map((m) => [m, []]));
  const blocked = new Set();
  let env = null;
  let failure = null;
  // Runs one measurement; a failure stops the bench, blocked requests are collected.
  const take = async (what, measuring) => {
    const outcome = await measuring;
    outcome.blocked.forEach((u) => blocked.add(u));
    if (outcome.failure) failure ??= `${what}: ${outcome.failure}`;
    return outcome.result;
  };
  try {
    for (let i = 1; i <= runs && !failure; i++) {
      // The app first: the baseline's map is then sized like the app's map canvas.
      const a = await take(`app (run ${i})`, measurePage(`${appServer.url}?lang=en`, { allowedOrigins, scrub: true }));
      if (failure) break;
      app.push(a);
      env ??= a;
      const size = `w=${env.mapSize.width}&h=${env.mapSize.height}`;
      const b = await take(`baseline (run ${i})`, measurePage(`${bareServer.url}bare.html?${size}`, { allowedOrigins }));
      if (failure) break;
      bare.push(b);
      const e = await take(`embed (run ${i})`, measureLoad(`${appServer.url}${EMBED_QUERY}`, { allowedOrigins }));
      if (failure) break;
      embed.push(e);
      const flowFps = [];
      for (const mode of FLOW_MODES) {
        const f = await take(`flows ${mode}/line (run ${i})`, measureFlows(`${bareServer.url}bare.html?${size}&trips=${mode}`, { allowedOrigins }));
        if (failure) break;
        flows.get(mode).push(f);
        flowFps.push(`${f.trips}: ${f.fps.toFixed(1)}`);
      }
      if (failure) break;
      console.log(`run ${i}/${runs}: app ready ${a.readyMs.toFixed(0)} ms, ${a.fps.toFixed(1)} fps; ` +
        `baseline ready ${b.readyMs.toFixed(0)} ms, ${b.fps.toFixed(1)} fps; embed ready ${e.readyMs.toFixed(0)} ms; ` +
        `flows fps by trips ${flowFps.join(', ')}`);
    }
  } finally {
    await Promise.all([appServer.close(), bareServer.close()]);
  }

  if (blocked.size) {
    console.log(`\nBlocked ${blocked.size} request(s) to origins other than 127.0.0.1:`);
    for (const u of blocked) console.log(`  ${u}`);
  } else {
    console.log('\nNo request left 127.0.0.1.');
  }
  if (failure) {
    console.error(`\nBenchmark failed: ${failure}`);
    process.exitCode = 1;
    return;
  }
  const pages = [
    { label: 'full app', url: '/?lang=en', results: app },
    { label: 'embed', url: `/${EMBED_QUERY}`, results: embed },
  ];
  console.log([
    ...report(app, bare, runs, env),
    ...initialJsReport(pages, loadedByIndex(resolve(APP_DIR, 'index.html'))),
    ...flowReport(flows, runs),
    '',
    'NOTE: WebGL here is software-rendered (no GPU), so absolute times and frame rates say nothing about',
    'real devices. Only the ratios between pages measured in the same run are meaningful.',
  ].join('\n'));
}

main().catch((e) => {
  console.error(`\nBenchmark failed: ${e.message}`);
  process.exitCode = 1;
});
