import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** pixelmatch's per-pixel colour tolerance (0 exact … 1 anything); 0.1 absorbs anti-aliasing noise only. */
export const PIXEL_THRESHOLD = 0.1;
/** Pixels that may still differ: a few edge pixels of a 256×192 case, far fewer than a layer that changed. */
export const ALLOWED_MISMATCH = 40;

export type Comparison = { mismatched: number; written: 'expected' | 'diff' | null };

/**
 * Compares a rendered PNG with `<dir>/expected.png`. With `update` (or no expected image yet, which then
 * fails) it writes the expected image; on a mismatch above ALLOWED_MISMATCH it writes actual.png and diff.png beside it.
 */
export function compareWithExpected(dir: string, actualPng: Buffer, update: boolean): Comparison {
  const expectedPath = join(dir, 'expected.png');
  const stale = ['actual.png', 'diff.png'].map((f) => join(dir, f));
  if (update || !existsSync(expectedPath)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(expectedPath, actualPng);
    stale.forEach((f) => rmSync(f, { force: true }));
    return { mismatched: update ? 0 : Infinity, written: 'expected' };
  }
  const actual = PNG.sync.read(actualPng);
  const expected = PNG.sync.read(readFileSync(expectedPath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    writeFileSync(stale[0]!, actualPng);
    return { mismatched: Infinity, written: 'diff' };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const mismatched = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  if (mismatched <= ALLOWED_MISMATCH) {
    stale.forEach((f) => rmSync(f, { force: true }));
    return { mismatched, written: null };
  }
  writeFileSync(stale[0]!, actualPng);
  writeFileSync(stale[1]!, PNG.sync.write(diff));
  return { mismatched, written: 'diff' };
}
