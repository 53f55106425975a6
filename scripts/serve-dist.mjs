// A small static file server for the built app, with optional extra response headers (e.g. a CSP) and gzip.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { cacheControlFor } from './cache-policy.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/**
 * Serves `root` on 127.0.0.1 (`port` 0 picks a free one). `headers` go on every response;
 * `documentHeaders` only on HTML documents. `index` answers for a directory; with `gzip`, text goes out
 * compressed when the browser accepts it, as most static hosts send it. Caching follows cache-policy.mjs, with an
 * ETag on every file and a 304 when the browser already has it. `onResponse` hears of every file sent: its path, status
 * and body bytes (after compression). Resolves to the base URL and a close function.
 */
export function serveDist(root, { port = 0, headers = {}, documentHeaders = {}, index = 'index.html', gzip = false, onResponse = () => {} } = {}) {
  const base = resolve(root);
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = resolve(join(base, pathname.endsWith('/') ? pathname + index : pathname));
      if (!file.startsWith(base + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let body = await readFile(file);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const caching = { 'Cache-Control': cacheControlFor(pathname), ETag: etag };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ...caching, ...headers }).end();
        onResponse({ path: pathname, status: 304, bytes: 0 });
        return;
      }
      const ext = extname(file);
      const compress = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (compress) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
        body = gzipped.get(file);
      }
      res.writeHead(200, {
        ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
        ...(gzip && COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': body.length,
        ...caching,
        ...headers,
        ...(ext === '.html' ? documentHeaders : {}),
      });
      res.end(body);
      onResponse({ path: pathname, status: 200, bytes: body.length });
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
