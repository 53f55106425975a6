// Bytes a page fetched, by kind, sized from the served files: gzip for text (as the bench server and most
// static hosts send it), as stored for fonts and images. Deterministic, whatever the network did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(m?js|css|json|html|svg)$/;

/** js, css, font, data (the atlas), basemap (vector tiles and other JSON), html or other. */
export function kindOf(path) {
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\/data\/(atlas|versions\/[^/]+)\.json$/.test(path)) return 'data';
  if (/\.(json|pbf)$/.test(path)) return 'basemap';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

/**
 * `paths`: URL paths fetched (from the page's Resource Timing), relative to the served `root`.
 * Returns bytes per kind and per file; each file counted once.
 */
export function bytesOf(paths, root, index = 'index.html') {
  const byKind = { js: 0, css: 0, font: 0, data: 0, basemap: 0, html: 0, other: 0 };
  const files = [];
  for (const path of new Set(paths)) {
    if (path.startsWith('data:') || path.startsWith('blob:')) continue;
    const file = join(root, decodeURIComponent(path.endsWith('/') ? path + index : path));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      continue; // not a file of this page (e.g. a blocked or failed request): nothing transferred
    }
    const bytes = COMPRESSIBLE.test(file) ? gzipSync(body).length : body.length;
    const kind = kindOf(path);
    byKind[kind] += bytes;
    files.push({ path, kind, bytes });
  }
  return { byKind, total: Object.values(byKind).reduce((a, b) => a + b, 0), files };
}
