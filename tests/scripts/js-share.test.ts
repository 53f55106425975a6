import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { charsByOwner, jsByOwner, jsShareReport, ownerOf } from '../../scripts/bench/js-share';

// Unmapped code first, then two segments on line 1 (columns 2 and 5, from two sources); none on line 2.
const CODE = '//abcdef\nxyz';
const MAP = JSON.stringify({
  version: 3,
  sources: ['../../node_modules/d3-geo/dist/d3-geo.mjs', '../../src/map/MapView.tsx'],
  names: [],
  mappings: 'EAAA,GCAA;',
});

describe('the bench splits a page’s JS by what it is', () => {
  it('names the package or the app folder a source comes from', () => {
    expect(ownerOf('../../node_modules/@deck.gl/core/dist/lib/layer.js')).toBe('@deck.gl/core');
    expect(ownerOf('../../node_modules/.pnpm/x/node_modules/react-dom/cjs/client.js')).toBe('react-dom');
    expect(ownerOf('../../src/lib/messages/core.ts')).toBe('src/lib/messages');
    expect(ownerOf('../../src/map/layers/city-layer.ts')).toBe('src/map');
    expect(ownerOf('../../src/main.tsx')).toBe('src/main.tsx');
    expect(ownerOf('\0rolldown/runtime.js')).toBe('(no source)');
  });

  it('gives each source the code up to the next segment, across unmapped lines; code before any segment to no source', () => {
    expect(Object.fromEntries(charsByOwner(CODE, MAP))).toEqual({ '(no source)': 2, 'd3-geo': 3, 'src/map': 7 });
  });

  it('splits each file’s gzip size by those shares; a file without a map counts whole', () => {
    const root = mkdtempSync(join(tmpdir(), 'js-share-'));
    writeFileSync(join(root, 'a.js'), CODE);
    writeFileSync(join(root, 'a.js.map'), MAP);
    writeFileSync(join(root, 'b.js'), 'console.log(1)');
    const shares = jsByOwner(['/a.js', '/b.js', '/a.js', '/missing.js'], root);
    const gzipA = gzipSync(CODE).length;
    expect(shares.get('d3-geo')).toBeCloseTo((gzipA * 3) / 12);
    expect(shares.get('src/map')).toBeCloseTo((gzipA * 7) / 12);
    expect(shares.get('(no map) b.js')).toBe(gzipSync('console.log(1)').length);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(gzipA + gzipSync('console.log(1)').length);
  });

  it('reports the largest extra over the baseline first and sums the small ones', () => {
    const kb = (entries: [string, number][]) => new Map(entries.map(([k, v]) => [k, v * 1024]));
    const baseline = kb([['maplibre-gl', 300], ['tiny-a', 0.1]]);
    const embedEntries: [string, number][] = [['maplibre-gl', 300], ['react-dom', 64], ['zod', 8], ['tiny-a', 0.2], ['tiny-b', 0.3]];
    const embed = kb(embedEntries);
    const app = kb([...embedEntries, ['src/ui', 6]]);
    const lines = jsShareReport({ app, embed, baseline }, { app: 25, embed: 23, baseline: 6 });
    const rows = lines.filter((l) => /^(react-dom|zod|src\/ui|the other|total|files)/.test(l)).map((l) => l.split(/\s{2,}/).filter(Boolean));
    expect(rows).toEqual([
      ['react-dom', '64.0', '64.0', '0.0', '+64.0'],
      ['zod', '8.0', '8.0', '0.0', '+8.0'],
      ['src/ui', '6.0', '0.0', '0.0', '0.0'],
      ['the other 3, each within 0.5 KB', '300.5', '300.5', '300.1', '+0.4'],
      ['total', '378.5', '372.5', '300.1', '+72.4'],
      ['files', '25', '23', '6', '(each one request)'],
    ]);
  });
});
