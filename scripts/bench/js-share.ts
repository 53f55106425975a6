// What the JavaScript a page fetched is made of: each file's gzip bytes shared among the packages and app folders
// its source map names, in proportion to the code each one produced. It says what each kilobyte over the baseline buys.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

/** A source's owner: its package (`maplibre-gl`, `@deck.gl/core`) or its app folder (`src/map`; the texts are `src/lib/messages`). */
export function ownerOf(source: string): string {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg?.[1]) return pkg[1];
  const app = /(?:^|\/)src\/(lib\/messages|[^/]+)/.exec(source);
  return app ? `src/${app[1]}` : '(no source)';
}

/**
 * Characters of generated code per owner in one file, from its source map (`mapPath` resolves its relative sources).
 * A segment runs to the next one, across lines the map leaves unmapped (a prebuilt library's lines often are);
 * code before the first segment, or whose segment names no source, is `(no source)`.
 */
export function charsByOwner(code: string, map: string, mapPath?: string): Map<string, number> {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const chars = new Map<string, number>();
  const add = (owner: string, n: number) => n > 0 && chars.set(owner, (chars.get(owner) ?? 0) + n);
  let previous = { offset: 0, owner: '(no source)' };
  eachMapping(new TraceMap(map, mapPath), (m) => {
    const offset = (lineStarts[m.generatedLine - 1] ?? code.length) + m.generatedColumn;
    add(previous.owner, offset - previous.offset);
    previous = { offset, owner: m.source ? ownerOf(m.source) : '(no source)' };
  });
  add(previous.owner, code.length - previous.offset);
  return chars;
}

const fileShares = new Map<string, { gzip: number; chars: Map<string, number> | null }>();

/** A file's gzip size and, where its source map sits beside it, its characters per owner. Read once per run. */
function shareOf(file: string) {
  let share = fileShares.get(file);
  if (!share) {
    const code = readFileSync(file, 'utf8');
    const map = `${file}.map`;
    share = { gzip: gzipSync(code).length, chars: existsSync(map) ? charsByOwner(code, readFileSync(map, 'utf8'), map) : null };
    fileShares.set(file, share);
  }
  return share;
}

/**
 * Gzip bytes per owner over the JS files at `paths` (URL paths under `root`): each file's gzip size split by its
 * owners' share of its characters. A file without a source map counts whole under `(no map) <file>`.
 */
export function jsByOwner(paths: readonly string[], root: string): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const path of new Set(paths)) {
    const file = join(root, decodeURIComponent(path));
    if (!existsSync(file)) continue;
    const { gzip, chars } = shareOf(file);
    const total = chars ? [...chars.values()].reduce((a, b) => a + b, 0) : 0;
    if (!chars || total === 0) {
      bytes.set(`(no map) ${path.split('/').pop()}`, gzip);
      continue;
    }
    for (const [owner, n] of chars) bytes.set(owner, (bytes.get(owner) ?? 0) + (gzip * n) / total);
  }
  return bytes;
}

const KB = 1024;
/** Owners whose share differs from the baseline's by less than this are summed in one line. */
const SMALL_KB = 0.5;

type PageShares = { app: Map<string, number> | null; embed: Map<string, number> | null; baseline: Map<string, number> | null };

type PageFiles = { app?: number; embed?: number; baseline?: number };

/** The embed's and the app's JS beside the baseline's, per owner, largest extra first; `files`: JS files each fetched. */
export function jsShareReport({ app, embed, baseline }: PageShares, files: PageFiles = {}): string[] {
  if (!embed || !baseline) return ['', 'JS by package: no embed or baseline run finished.'];
  const kb = (shares: Map<string, number> | null, owner: string) => (shares?.get(owner) ?? 0) / KB;
  const owners = [...new Set([...(app?.keys() ?? []), ...embed.keys(), ...baseline.keys()])];
  const extra = (owner: string) => kb(embed, owner) - kb(baseline, owner);
  const shown = owners.filter((o) => Math.abs(extra(o)) >= SMALL_KB || Math.abs(kb(app, o) - kb(baseline, o)) >= SMALL_KB);
  const rest = owners.filter((o) => !shown.includes(o));
  const sum = (shares: Map<string, number> | null, list: string[]) => list.reduce((s, o) => s + kb(shares, o), 0);
  const cell = (v: number, signed = false) => (signed && v > 0 ? '+' : '') + v.toFixed(1);
  const row = (label: string, a: number, e: number, b: number) =>
    label.padEnd(34) + cell(a).padStart(10) + cell(e).padStart(10) + cell(b).padStart(10) + cell(e - b, true).padStart(16);
  const lines = ['', 'What the JS until the first full render is made of (KB gzip; each file split by its source map),',
    'by package or app folder, largest extra over the baseline first:'];
  lines.push(''.padEnd(34) + 'app'.padStart(10) + 'embed'.padStart(10) + 'baseline'.padStart(10) + 'embed − base'.padStart(16));
  for (const o of shown.sort((x, y) => extra(y) - extra(x))) lines.push(row(o, kb(app, o), kb(embed, o), kb(baseline, o)));
  lines.push(row(`the other ${rest.length}, each within ${SMALL_KB} KB`, sum(app, rest), sum(embed, rest), sum(baseline, rest)));
  lines.push(row('total', sum(app, owners), sum(embed, owners), sum(baseline, owners)));
  const count = (n?: number) => String(n ?? '?');
  lines.push('files'.padEnd(34) + count(files.app).padStart(10) + count(files.embed).padStart(10) + count(files.baseline).padStart(10) +
    '  (each one request)');
  const unmapped = owners.filter((o) => o.startsWith('(no map)'));
  // `npm run bench` builds with hidden source maps; a file with none (a bundler's runtime) counts whole.
  if (unmapped.length) lines.push(`${unmapped.length} file(s) without a source map count whole, under their names.`);
  return lines;
}
