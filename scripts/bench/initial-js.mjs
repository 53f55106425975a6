// Initial JS of the full app and of embed mode: bytes until ready and which chunks were fetched.
import { readFileSync } from 'node:fs';
import { kb, median, pad, padLeft, wrap } from './format.mjs';

/** Chunks that only the full app's routes, story, measures, share and export features need. */
export const FEATURE_CHUNKS = ['RoutesTab', 'route-query', 'StoryTab', 'MeasuresTab', 'ShareDialog', 'ExportMenu'];

/** JS files that dist/index.html loads itself (entry script and modulepreloads); the rest are lazy chunks. */
export function loadedByIndex(indexHtmlPath) {
  const html = readFileSync(indexHtmlPath, 'utf8');
  return new Set([...html.matchAll(/(?:src|href)="[^"]*?([^/"]+\.m?js)"/g)].map((m) => m[1]));
}

/** `index-C4WRZfq1.js` → `index`; the worker keeps its extension so it stands out. */
const chunkName = (file) => file.replace(/-[\w-]{8}\.js$/, '').replace(/-[\w-]{8}\.mjs$/, '.mjs');

/** Every JS file fetched in any run, first seen bytes; `key` is `jsFiles` or `laterJsFiles`. */
function filesOf(results, key) {
  const byName = new Map();
  for (const r of results) for (const f of r[key]) if (!byName.has(f.name)) byName.set(f.name, f);
  return [...byName.values()];
}

/**
 * `pages`: [{ label, url, results }] measured until the readiness flag. Returns the report's lines:
 * bytes, the JS files fetched (lazy chunks marked), and whether any feature chunk was among them.
 */
export function initialJsReport(pages, byIndex) {
  const lines = [];
  const med = (p, key) => median(p.results.map((r) => r[key]));
  lines.push('');
  lines.push('Initial JS: full app and embed mode, until html[data-map-ready="true"] (medians)');
  lines.push('');
  lines.push(`${pad('', 34)}${padLeft('JS KB', 10)}${padLeft('all KB', 10)}${padLeft('ready ms', 10)}${padLeft('JS files', 10)}`);
  for (const p of pages) {
    lines.push(`${pad(`${pad(p.label, 10)}${p.url}`, 34)}${padLeft(kb(med(p, 'jsBytes')), 10)}${padLeft(kb(med(p, 'totalBytes')), 10)}` +
      `${padLeft(med(p, 'readyMs').toFixed(0), 10)}${padLeft(filesOf(p.results, 'jsFiles').length, 10)}`);
  }
  const [full, ...others] = pages;
  for (const p of others) {
    lines.push(`JS ratio ${p.label} / ${full.label}: ${(med(p, 'jsBytes') / med(full, 'jsBytes')).toFixed(2)}×`);
  }
  lines.push('');
  lines.push('JS files fetched until ready, KB transferred; * = lazy chunk (not loaded by index.html):');
  for (const p of pages) {
    const files = filesOf(p.results, 'jsFiles');
    const size = (bytes) => (bytes < 1024 ? '<1' : kb(bytes));
    const words = files.map((f) => `${chunkName(f.name)}${byIndex.has(f.name) ? '' : '*'} ${size(f.bytes)}`);
    lines.push(`  ${p.label}:`);
    lines.push(...wrap(words, '    '));
    const later = filesOf(p.results, 'laterJsFiles');
    if (later.length) lines.push(`    then, by 0.5 s after ready: ${later.map((f) => chunkName(f.name)).join(', ')}`);
  }
  lines.push('');
  lines.push(`Feature chunks (${FEATURE_CHUNKS.join(', ')}) fetched by 0.5 s after ready:`);
  for (const p of pages) {
    const names = [...filesOf(p.results, 'jsFiles'), ...filesOf(p.results, 'laterJsFiles')].map((f) => chunkName(f.name));
    const hit = FEATURE_CHUNKS.filter((c) => names.some((n) => n === c || n.startsWith(`${c}-`)));
    lines.push(`  ${pad(`${p.label}:`, 12)}${hit.length ? hit.join(', ') : 'none'}`);
  }
  return lines;
}
