import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { writeBasemapTiles } from '../../scripts/basemap/vector-tiles';
import { BASEMAP_TILE_PATH } from '../../src/map/basemap';

declare module 'vitest' {
  export interface ProvidedContext {
    renderUrl: string;
    updateGoldens: boolean;
  }
}

/** Builds the render harness once (the app's layer builders with deck.gl and MapLibre) and serves it. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-render-'));
  await build({
    configFile: false, root: resolve(__dirname, 'harness'), base: './', publicDir: false, logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000, assetsInlineLimit: 0 },
  });
  writeBasemapTiles(join(outDir, BASEMAP_TILE_PATH));
  const served = await serveDist(outDir);
  project.provide('renderUrl', served.url);
  // `npm run test:render -- --update` or UPDATE_GOLDENS=1 rewrites the expected images.
  project.provide('updateGoldens', process.env.UPDATE_GOLDENS === '1' || Boolean(project.globalConfig.update));
  return async () => {
    await served.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
