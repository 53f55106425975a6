// `npm run bench`: the built app against a bare MapLibre + deck.gl page drawing the same data, in one run,
// alternating pages; then embed mode, the cost of animated flows at 1k/10k/100k trips and an autoplay loop;
// the app with its place names switched off (their cost); and, in Node, the route comparison's query time over
// 20 origin–destination pairs.
// Usage: tsx scripts/bench.mjs [--runs N] [--flow-runs N] [--loop-minutes M] [--out file.json]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveDist } from './serve-dist.mjs';
import { measureLoad, measureLoop, measurePage } from './bench/measure.mjs';
import { FLOW_MODES, flowReport, flowSummary, measureFlows } from './bench/flow-cost.mjs';
import { measureRoutes, routeReport } from './bench/route-cost.ts';
import { FIGURES, embedReport, loopReport, pageReport, summaryTable, targetReport, targetsOf } from './bench/report.mjs';
import { NAMES_OFF_QUERY, labelCost, labelCostReport, labelCounts } from './bench/label-cost.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = resolve(ROOT, 'dist');
const BARE_DIR = resolve(ROOT, 'node_modules/.cache/bench-bare');

function option(argv, name, fallback, min) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (name === 'out') return raw;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} needs a number of at least ${min}, got "${raw}"`);
  return n;
}

async function main() {
  const argv = process.argv.slice(2);
  const runs = option(argv, 'runs', 5, 1);
  const flowRuns = option(argv, 'flow-runs', 3, 0);
  const loopMinutes = option(argv, 'loop-minutes', 3, 0);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const out = resolve(ROOT, option(argv, 'out', `bench-results/bench-${stamp}.json`));
  if (!existsSync(resolve(APP_DIR, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
  const routes = measureRoutes(resolve(APP_DIR, 'data/atlas.json'));
  console.log(routeReport(routes).join('\n').trim());
  console.log('Building the baseline page…');
  await build({ configFile: resolve(ROOT, 'scripts/bench/vite.config.ts'), logLevel: 'warn' });

  const appServer = await serveDist(APP_DIR, { gzip: true });
  const bareServer = await serveDist(BARE_DIR, { index: 'bare.html', gzip: true });
  const allowedOrigins = [appServer.url, bareServer.url];
  const app = [];
  const baseline = [];
  const embed = [];
  const appWithoutNames = [];
  const flows = new Map(FLOW_MODES.map((m) => [m, []]));
  const blocked = new Set();
  let failure = null;
  let loop = null;
  const take = async (what, measuring) => {
    const outcome = await measuring;
    outcome.blocked.forEach((u) => blocked.add(u));
    if (outcome.failure) failure ??= `${what}: ${outcome.failure}`;
    return outcome.result;
  };
  const appPage = (query) => measurePage(`${appServer.url}${query}`, { allowedOrigins, root: APP_DIR });
  const barePage = (size, extra = '') => `${bareServer.url}bare.html?w=${size.width}&h=${size.height}${extra}`;
  try {
    for (let i = 1; i <= runs && !failure; i++) {
      // Alternate which page goes first; the first app run sizes the baseline's map like the app's.
      const order = i % 2 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const which of order) {
        if (failure) break;
        if (which === 'app') {
          const r = await take(`app (run ${i})`, appPage('?lang=en'));
          if (r) app.push(r);
        } else {
          const size = app[0]?.mapSize;
          if (!size) continue;
          const r = await take(`baseline (run ${i})`, measurePage(barePage(size), { allowedOrigins, root: BARE_DIR }));
          if (r) baseline.push(r);
        }
      }
      if (i === 1 && baseline.length === 0 && !failure) {
        const r = await take('baseline (run 1)', measurePage(barePage(app[0].mapSize), { allowedOrigins, root: BARE_DIR }));
        if (r) baseline.push(r);
      }
      if (failure) break;
      const n = await take(`app without place names (run ${i})`, appPage(`?lang=en&${NAMES_OFF_QUERY}`));
      if (n) appWithoutNames.push(n);
      if (failure) break;
      const e = await take(`embed (run ${i})`, measureLoad(`${appServer.url}?lang=en&embed=1`, { allowedOrigins, root: APP_DIR }));
      if (e) embed.push(e);
      const [a, b] = [app[app.length - 1], baseline[baseline.length - 1]];
      if (a && b && e) console.log(`run ${i}/${runs}: first full render app ${a.firstRenderMs.toFixed(0)} ms, baseline ${b.firstRenderMs.toFixed(0)} ms, embed ${e.firstRenderMs.toFixed(0)} ms`);
    }
    for (let i = 1; i <= flowRuns && !failure; i++) {
      for (const mode of FLOW_MODES) {
        const f = await take(`flows ${mode}/line (run ${i})`, measureFlows(barePage(app[0].mapSize, `&trips=${mode}`), { allowedOrigins }));
        if (!f) break;
        flows.get(mode).push(f);
        console.log(`flows run ${i}/${flowRuns}: ${f.trips} trips, ${f.fps.toFixed(2)} fps, ${f.jsMsPerFrame.toFixed(1)} ms JS/frame`);
      }
    }
    if (loopMinutes > 0 && !failure) {
      console.log(`Autoplay loop for ${loopMinutes} min…`);
      const l = await take('autoplay loop', measureLoop(`${appServer.url}?lang=en`, { allowedOrigins, minutes: loopMinutes }));
      if (l) {
        const from = l.samples.find((s) => s.firstPass) ?? l.samples[0];
        loop = { ...l, start: l.samples[0], from, end: l.samples[l.samples.length - 1] };
      }
    }
  } finally {
    await Promise.all([appServer.close(), bareServer.close()]);
  }

  console.log(blocked.size ? `\nBlocked ${blocked.size} request(s) to other origins:\n  ${[...blocked].join('\n  ')}` : '\nNo request left 127.0.0.1.');
  if (failure) {
    console.error(`\nBenchmark failed: ${failure}`);
    process.exitCode = 1;
    return;
  }
  const env = { browser: app[0].browser, webgl: app[0].webgl, mapSize: app[0].mapSize };
  const table = summaryTable(app, baseline, embed);
  const flowTable = flowRuns > 0 ? flowSummary(flows) : null;
  const targets = targetsOf(table, flowTable, loop);
  const names = labelCost(FIGURES.filter((f) => ['firstRenderMs', 'heap', 'dragFps', 'scrub', 'animJs'].includes(f.key)), app, appWithoutNames);
  const namesCount = labelCounts(JSON.parse(readFileSync(resolve(APP_DIR, 'data/atlas.json'), 'utf8')));
  console.log([
    ...pageReport(table, { runs, env }),
    ...embedReport(table, embed),
    ...labelCostReport(names, namesCount, appWithoutNames.length),
    ...(flowTable ? flowReport(flowTable) : ['', 'Flow cost: skipped (--flow-runs 0).']),
    ...loopReport(loop),
    ...routeReport(routes),
    ...targetReport(targets),
    '',
    'WebGL here is software-rendered (no GPU): absolute times and frame rates say nothing about real devices;',
    'compare the ratios between pages measured in the same run.',
  ].join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), env, runs, flowRuns, loopMinutes, table, targets,
    flows: flowTable, loop, routes, names: { cost: names, counts: namesCount },
    raw: { app, baseline, embed, appWithoutNames, flows: Object.fromEntries(flows) } }, null, 1));
  console.log(`\nFigures written to ${out}`);
}

main().catch((e) => {
  console.error(`\nBenchmark failed: ${e.message}`);
  process.exitCode = 1;
});
