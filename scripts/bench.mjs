// `npm run bench`: the built app against a bare MapLibre + deck.gl page drawing the same data (the baseline)
// and against the least such a page can draw (the floor), in one run, alternating pages; then embed mode,
// idle frames with reduced motion, a phone profile, several embeds on one article page, the cost of animated flows at 1k/10k/100k trips and an
// autoplay loop; the app with its place names switched off (their cost); and, in Node, the route
// comparison's query time over 20 origin–destination pairs. Every measured run has its own browser and a
// deadline; a failed run is reported with its reason and the others go on.
// Usage: tsx scripts/bench.mjs [--runs N] [--names-runs N] [--phone-runs N] [--article-runs N] [--flow-runs N]
//        [--loop-minutes M] [--quick] [--out file.json]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveDist } from './serve-dist.mjs';
import { IDLE_MS, measureIdle, measureLoad, measureLoop, measurePage } from './bench/measure.mjs';
import { FLOW_MODES, flowReport, flowSummary, measureFlows } from './bench/flow-cost.mjs';
import { measureRoutes, routeReport } from './bench/route-cost.ts';
import { FIGURES, embedReport, loopReport, pageReport, summaryTable, targetReport, targetsOf } from './bench/report.mjs';
import { floorReport, glReport, idleReport, idleSummary, loadSummary, phoneReport, runLogReport } from './bench/report-load.mjs';
import { NAMES_OFF_QUERY, labelCost, labelCostReport, labelCounts } from './bench/label-cost.ts';
import { PHONE } from './bench/page.mjs';
import { jsByOwner, jsShareReport } from './bench/js-share.ts';
import { createRunLog } from './bench/run-log.mjs';
import { ARTICLE_CASES, articleReport, articleSummary, kbPerExtraEmbed, measureArticle } from './bench/article.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const APP_DIR = resolve(ROOT, 'dist');
const BENCH_PAGES_DIR = resolve(ROOT, 'node_modules/.cache/bench-bare');
const PHONE_PAGES = ['app', 'embed', 'baseline', 'floor'];
/** `--quick`: one run of each page, the phone profile, no place-name runs, no flows, no loop. */
const QUICK = { runs: 1, 'names-runs': 0, 'phone-runs': 1, 'article-runs': 0, 'flow-runs': 0, 'loop-minutes': 0 };
const DEFAULTS = { runs: 2, 'names-runs': 1, 'phone-runs': 1, 'article-runs': 1, 'flow-runs': 1, 'loop-minutes': 1 };

function option(argv, name, fallback, min) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return fallback;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (name === 'out') return raw;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} needs a number of at least ${min}, got "${raw}"`);
  return n;
}

function settingsOf(argv) {
  const base = argv.includes('--quick') ? QUICK : DEFAULTS;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return {
    runs: option(argv, 'runs', base.runs, 1),
    namesRuns: option(argv, 'names-runs', base['names-runs'], 0),
    phoneRuns: option(argv, 'phone-runs', base['phone-runs'], 0),
    articleRuns: option(argv, 'article-runs', base['article-runs'], 0),
    flowRuns: option(argv, 'flow-runs', base['flow-runs'], 0),
    loopMinutes: option(argv, 'loop-minutes', base['loop-minutes'], 0),
    out: resolve(ROOT, option(argv, 'out', `bench-results/bench-${stamp}.json`)),
  };
}

/** Every browser run, in order; figures per page, and the log of what ran. */
async function measureAll({ runs, namesRuns, phoneRuns, articleRuns, flowRuns, loopMinutes }, servers) {
  const { app: appUrl, pages: pagesUrl } = servers;
  const log = createRunLog();
  const allowedOrigins = [appUrl, pagesUrl];
  const m = { app: [], baseline: [], embed: [], floor: [], appWithoutNames: [], reduced: [], loop: null, article: [],
    phone: Object.fromEntries(PHONE_PAGES.map((p) => [p, []])), flows: new Map(FLOW_MODES.map((f) => [f, []])), flowFailures: new Map() };
  const appRoot = { allowedOrigins, root: APP_DIR };
  const pagesRoot = { allowedOrigins, root: BENCH_PAGES_DIR };
  // The bench pages draw a map the size of the app's map canvas; the full window until an app run gave it.
  const sized = (page, size, extra = '') => `${pagesUrl}${page}.html?${size ? `w=${size.width}&h=${size.height}` : ''}${extra}`;
  const appSize = () => m.app.find((r) => r.mapSize)?.mapSize ?? null;
  const keep = (list, r) => r && list.push(r);

  for (let i = 1; i <= runs; i++) {
    console.log(`Run ${i}/${runs}`);
    // Alternate which page goes first; a baseline before any app run waits until after it, for the size.
    const order = i % 2 || !appSize() ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const which of order) {
      if (which === 'app') keep(m.app, await log.take(`app (run ${i})`, () => measurePage(`${appUrl}?lang=en`, appRoot)));
      else keep(m.baseline, await log.take(`baseline (run ${i})`, () => measurePage(sized('bare', appSize()), pagesRoot)));
    }
    keep(m.floor, await log.take(`floor (run ${i})`, () => measureLoad(sized('floor', appSize()), pagesRoot)));
    keep(m.embed, await log.take(`embed (run ${i})`, () => measureLoad(`${appUrl}?lang=en&embed=1`, appRoot)));
    if (i <= namesRuns) {
      keep(m.appWithoutNames, await log.take(`app without place names (run ${i})`, () => measurePage(`${appUrl}?lang=en&${NAMES_OFF_QUERY}`, appRoot)));
    }
  }
  keep(m.reduced, await log.take('app, reduced motion, idle', () => measureIdle(`${appUrl}?lang=en`, { allowedOrigins })));

  for (let i = 1; i <= phoneRuns; i++) {
    const phone = { ...appRoot, profile: PHONE, timeoutMs: 300_000, readyTimeoutMs: 240_000 };
    keep(m.phone.app, await log.take(`phone: app (run ${i})`, () => measureLoad(`${appUrl}?lang=en`, phone)));
    keep(m.phone.embed, await log.take(`phone: embed (run ${i})`, () => measureLoad(`${appUrl}?lang=en&embed=1`, phone)));
    const size = m.phone.app.find((r) => r.mapSize)?.mapSize ?? null;
    keep(m.phone.baseline, await log.take(`phone: baseline (run ${i})`, () => measureLoad(sized('bare', size), { ...phone, root: BENCH_PAGES_DIR })));
    keep(m.phone.floor, await log.take(`phone: floor (run ${i})`, () => measureLoad(sized('floor', size), { ...phone, root: BENCH_PAGES_DIR })));
  }

  // The article serves the app itself, with and without the deployment cache headers.
  for (let i = 1; i <= articleRuns; i++) {
    for (const c of ARTICLE_CASES) {
      keep(m.article, await log.take(`phone: article, ${c.embeds} embed(s), caching ${c.caching} (run ${i})`, () => measureArticle(APP_DIR, c, PHONE)));
    }
  }

  // Flows: sizes in increasing order; a size that failed is not tried again, nor any larger one.
  for (let i = 1; i <= flowRuns; i++) {
    for (const mode of FLOW_MODES) {
      const what = `flows ${mode}/line (run ${i})`;
      const failedBefore = FLOW_MODES.find((f) => f <= mode && m.flowFailures.has(f));
      if (failedBefore !== undefined) {
        log.skip(what, `${failedBefore}/line failed before`);
        continue;
      }
      const f = await log.take(what, () => measureFlows(sized('bare', appSize(), `&trips=${mode}`), { allowedOrigins }));
      if (!f) {
        const entry = log.entries.at(-1);
        m.flowFailures.set(mode, `${entry.status}: ${entry.reason}`);
        continue;
      }
      m.flows.get(mode).push(f);
      console.log(`    ${f.trips} trips, ${f.fps.toFixed(2)} fps, ${f.jsMsPerFrame.toFixed(1)} ms JS/frame`);
    }
  }
  if (loopMinutes > 0) {
    const l = await log.take(`autoplay loop (${loopMinutes} min)`, () => measureLoop(`${appUrl}?lang=en`, { allowedOrigins, minutes: loopMinutes }));
    if (l) {
      const from = l.samples.find((s) => s.firstPass) ?? l.samples[0];
      m.loop = { ...l, start: l.samples[0], from, end: l.samples[l.samples.length - 1] };
    }
  }
  return { m, log };
}

async function main() {
  const started = Date.now();
  const settings = settingsOf(process.argv.slice(2));
  const { runs, namesRuns, flowRuns, out } = settings;
  if (!existsSync(resolve(APP_DIR, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first');
  const routes = measureRoutes(resolve(APP_DIR, 'data/atlas.json'));
  console.log(routeReport(routes).join('\n').trim());
  console.log('Building the baseline and floor pages…');
  await build({ configFile: resolve(ROOT, 'scripts/bench/vite.config.ts'), logLevel: 'warn' });

  const appServer = await serveDist(APP_DIR, { gzip: true });
  const pagesServer = await serveDist(BENCH_PAGES_DIR, { index: 'bare.html', gzip: true });
  let measured;
  try {
    measured = await measureAll(settings, { app: appServer.url, pages: pagesServer.url });
  } finally {
    await Promise.all([appServer.close(), pagesServer.close()]);
  }
  const { m, log } = measured;

  const blocked = [...log.blocked];
  console.log(blocked.length ? `\nBlocked ${blocked.length} request(s) to other origins:\n  ${blocked.join('\n  ')}` : '\nNo request left 127.0.0.1.');
  const first = m.app[0] ?? m.baseline[0];
  const env = { browser: first?.browser ?? 'unknown browser', webgl: first?.webgl ?? 'unknown', mapSize: m.app[0]?.mapSize ?? null };
  const table = summaryTable(m.app, m.baseline, m.embed);
  const load = loadSummary({ app: m.app, embed: m.embed, baseline: m.baseline, floor: m.floor });
  const phone = loadSummary(m.phone);
  const idle = idleSummary(m.app, m.baseline, m.reduced);
  const flowTable = flowRuns > 0 ? flowSummary(m.flows, m.flowFailures) : null;
  const article = articleSummary(m.article);
  const targets = targetsOf({ table, load, phone, idle, flows: flowTable, loop: m.loop, phonePages: PHONE_PAGES.slice(0, 3),
    kbPerExtraEmbed: kbPerExtraEmbed(article, 'deployment') });
  const names = labelCost(FIGURES.filter((f) => ['firstRenderMs', 'heap', 'dragFps', 'scrub', 'animJs'].includes(f.key)), m.app, m.appWithoutNames);
  const namesCount = labelCounts(JSON.parse(readFileSync(resolve(APP_DIR, 'data/atlas.json'), 'utf8')));
  const jsOf = (run, root) => (run ? jsByOwner(run.jsFiles.map((f) => f.path), root) : null);
  const jsShares = { app: jsOf(m.app[0], APP_DIR), embed: jsOf(m.embed[0], APP_DIR), baseline: jsOf(m.baseline[0], BENCH_PAGES_DIR) };
  console.log([
    ...pageReport(table, { runs, env }),
    ...embedReport(table, m.embed),
    ...jsShareReport(jsShares, { app: m.app[0]?.jsFiles.length, embed: m.embed[0]?.jsFiles.length, baseline: m.baseline[0]?.jsFiles.length }),
    ...floorReport(load),
    ...glReport(load),
    ...idleReport(idle, IDLE_MS),
    ...(settings.phoneRuns > 0 ? phoneReport(phone, PHONE) : ['', 'Phone profile: skipped (--phone-runs 0).']),
    ...(settings.articleRuns > 0 ? articleReport(article, PHONE.name) : ['', 'Embeds on one article page: skipped (--article-runs 0).']),
    ...(namesRuns > 0 ? labelCostReport(names, namesCount, m.appWithoutNames.length) : ['', 'Place names: skipped (--names-runs 0).']),
    ...(flowTable ? flowReport(flowTable) : ['', 'Flow cost: skipped (--flow-runs 0).']),
    ...loopReport(m.loop),
    ...routeReport(routes),
    ...runLogReport(log.entries),
    ...targetReport(targets),
    '',
    'WebGL here is software-rendered (no GPU): absolute times and frame rates say nothing about real devices;',
    'compare the ratios between pages measured in the same run. Other work on the machine makes every figure noisy.',
    `The bench took ${((Date.now() - started) / 60_000).toFixed(1)} min.`,
  ].join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), env, settings, table, load, phone, article, idle, targets,
    flows: flowTable, loop: m.loop, routes, jsByOwner: Object.fromEntries(Object.entries(jsShares).map(([page, shares]) => [page, shares && Object.fromEntries(shares)])), names: { cost: names, counts: namesCount }, runLog: log.entries, blocked,
    raw: { app: m.app, baseline: m.baseline, embed: m.embed, floor: m.floor, appWithoutNames: m.appWithoutNames,
      reducedMotion: m.reduced, phone: m.phone, article: m.article, flows: Object.fromEntries(m.flows) } }, null, 1));
  console.log(`\nFigures written to ${out}`);
  if (m.app.length === 0) process.exitCode = 1; // nothing of the app measured: the run says nothing
}

main().catch((e) => {
  console.error(`\nBenchmark failed: ${e.message}`);
  process.exitCode = 1;
});
