import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The bench pages for `npm run bench`: the baseline (same libraries and data as the app, none of its code,
// except the flow layer in its `?trips=` mode, a separate chunk) and the floor (the libraries alone).
export default defineConfig({
  root: here,
  base: './',
  publicDir: resolve(here, '../../public'),
  logLevel: 'warn',
  build: {
    // Build output only, never committed; scripts/bench.mjs serves it from here.
    outDir: resolve(here, '../../node_modules/.cache/bench-bare'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    // Maps for the bench's byte split by package, never referenced from the code.
    sourcemap: 'hidden',
    rolldownOptions: { input: { bare: resolve(here, 'bare.html'), floor: resolve(here, 'floor.html') } },
  },
});
