import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cacheControlFor } from './scripts/cache-policy.mjs';

/**
 * The map's code is a lazy chunk, run only where the browser has WebGL2 (src/map/map-code.ts). The page still
 * fetches it beside its own code, from a preload in index.html, so a reader with WebGL waits for no extra round trip.
 */
function preloadLazyChunk(entry: string): Plugin {
  let base = './';
  return {
    name: 'preload-lazy-chunk',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(entry));
        if (!chunk || chunk.type !== 'chunk') throw new Error(`no chunk for ${entry} to preload`);
        return [chunk.fileName, ...chunk.imports]
          .filter((file) => !html.includes(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * d3-geo is one module: it is bundled once, with all that any chunk uses of it, into the chunk that loads first. The
 * first render needs only its distances (routing's destinations, the flows); the export's projection and paths came
 * with them (7 KB gzip). The export's code gets a copy of its own, in its lazy chunk.
 */
const exportGeoCopy: Plugin = {
  name: 'export-geo-copy',
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== 'd3-geo' || !importer || !/[/\\]src[/\\](export[/\\]|cartography[/\\]projection\.ts)/.test(importer)) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved ? { ...resolved, id: `${resolved.id}?export` } : null;
  },
};

/**
 * d3-scale-chromatic builds every colour scheme at the top of its one file; the app draws one ramp (viridis). Each
 * scheme's array, wrapped in a call marked pure, is dropped when nothing reads it, and so is each ramp built from
 * one (`colors` and `ramp` are marked pure in `manualPureFunctions` below).
 */
const unusedSchemesDropped: Plugin = {
  name: 'unused-schemes-dropped',
  apply: 'build',
  transform(code, id) {
    if (!/d3-scale-chromatic\.mjs$/.test(id)) return null;
    // Lines stay where they were: the module keeps its source map (`map: null`).
    return { code: code.replace(/(var scheme\$?\w* = )(new Array\(3\)\.concat\([\s\S]*?\)\.map\(colors\));/g, '$1/* @__PURE__ */ (() => $2)();'), map: null };
  },
};

/** `npm start` caches as a deployment should (scripts/cache-policy.mjs): several embeds on one page load the code once. */
const cacheLikeDeployment: Plugin = {
  name: 'cache-like-deployment',
  configurePreviewServer(server) {
    // Runs before the preview's static files, which keep a Cache-Control already set on the response.
    server.middlewares.use((req, res, next) => {
      res.setHeader('Cache-Control', cacheControlFor(req.url ?? '/'));
      next();
    });
  },
};

// BASE_PATH lets the static build live under any sub-path (default: relative './').
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), preloadLazyChunk('/src/map/MapView.tsx'), cacheLikeDeployment, exportGeoCopy, unusedSchemesDropped],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // With unusedSchemesDropped: of d3-scale-chromatic, only the viridis ramp is kept (3.5 → 1.5 KB gzip).
      treeshake: { manualPureFunctions: ['colors', 'ramp', 'ramp$1'] },
      // What the entry imports statically loads at once anyway: one chunk, not some twenty small ones (21 files
      // before an embed's first render instead of 43; on the bench's slow phone network, 9.0 s instead of 10.1).
      output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
    },
    // Fonts stay files (never data: URLs), so a strict CSP can keep font-src 'self'.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // Every core for the unit and render files; the browser files come after them, two at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{unit,data,scripts,components}/**/*.test.{ts,tsx}'],
          // Files share a worker and its loaded modules (a test that needs a module fresh imports it anew).
          isolate: false,
          // Builds public/data/atlas.json when it is missing or older than data/.
          globalSetup: ['tests/setup/data-build.ts'],
          // The fuzz and cache tests run thousands of cases: a limit for a busy machine, not a speed requirement.
          testTimeout: 30_000,
        },
      },
      {
        // Real Chromium against the built app in dist/; run after `vite build`.
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup-file.ts'],
          // Two files side by side (where there are two cores): one alone left a core idle 15% of the time
          // (491 s for the files, 422 s two at a time).
          maxWorkers: Math.min(2, availableParallelism()),
          sequence: { groupOrder: 1 },
          // A worker keeps its modules and its Chromium (one per set of flags, tests/e2e/browser.ts) from file to file.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Golden images of single layers: tests/render/<case>/expected.png; UPDATE_GOLDENS=1 rewrites them.
        extends: true,
        test: {
          name: 'render',
          environment: 'node',
          include: ['tests/render/**/*.test.ts'],
          globalSetup: ['tests/render/global-setup.ts'],
          setupFiles: ['tests/e2e/setup-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
