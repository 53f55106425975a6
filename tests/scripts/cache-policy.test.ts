import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, cacheControlFor } from '../../scripts/cache-policy.mjs';
import { serveDist, type Served } from '../../scripts/serve-dist.mjs';

describe('how long a browser may keep each file', () => {
  it('keeps the hashed files under assets/ a year, at the root or under a base path, and revalidates the rest', () => {
    expect(cacheControlFor('/assets/start-bURTEbzB.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/atlas/assets/maplibre-gl-worker-CZtFQQIV.mjs?x=1')).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/?embed=1', '/data/atlas.json', '/basemap/2/3/1.pbf', '/assets/', '/assets-old/a.js', '/data/assets/x/y.js']) {
      expect(cacheControlFor(path), path).toBe(REVALIDATE);
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(REVALIDATE).toBe('no-cache');
  });

  it('is the one the README gives to whoever deploys the app', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Deployment headers'));
    expect(section).toContain(`assets/*          Cache-Control: ${IMMUTABLE}`);
    expect(section).toContain(`everything else   Cache-Control: ${REVALIDATE}`);
  });
});

describe('the test and bench server', () => {
  let served: Served;
  const sent: { path: string; status: number; bytes: number }[] = [];
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'served-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>page</p>');
    writeFileSync(join(root, 'assets', 'app-Ab12Cd34.js'), 'console.log(1);'.repeat(100));
    served = await serveDist(root, { gzip: true, onResponse: (s) => sent.push(s) });
  });
  afterAll(() => served.close());

  it('sends the policy with an ETag, and a 304 with no body when the browser has the file', async () => {
    const first = await fetch(`${served.url}assets/app-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await first.text()).length).toBe(1500);
    const again = await fetch(`${served.url}assets/app-Ab12Cd34.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const page = await fetch(served.url, { headers: { 'accept-encoding': 'identity' } });
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    expect(page.headers.get('etag')).not.toBe(etag);
    // What went out: the script gzipped (far under its 1500 bytes), nothing for the 304, the page as it is.
    expect(sent.map((s) => [s.path, s.status])).toEqual([['/assets/app-Ab12Cd34.js', 200], ['/assets/app-Ab12Cd34.js', 304], ['/', 200]]);
    expect(sent[0]!.bytes).toBeGreaterThan(0);
    expect(sent[0]!.bytes).toBeLessThan(200);
    expect(sent[1]!.bytes).toBe(0);
    expect(sent[2]!.bytes).toBe('<!doctype html><p>page</p>'.length);
  });
});
