import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { HEADLESS_ARGS } from '../../scripts/chromium-args.mjs';

const PLAYWRIGHT_BUNDLE = resolve(__dirname, '../../node_modules/playwright-core/lib/coreBundle.js');

/** The features playwright-core itself turns off, read from its installed code. */
function playwrightDisabledFeatures(): string[] {
  const block = /disabledFeatures = \[([\s\S]*?)\]/.exec(readFileSync(PLAYWRIGHT_BUNDLE, 'utf8'))?.[1] ?? '';
  return [...block.matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]!);
}

test("one --disable-features, which keeps every feature playwright turns off (Chromium reads only the last)", () => {
  const theirs = playwrightDisabledFeatures();
  expect(theirs.length).toBeGreaterThan(5);
  const ours = HEADLESS_ARGS.filter((a) => a.startsWith('--disable-features='));
  expect(ours).toHaveLength(1);
  const list = ours[0]!.slice('--disable-features='.length).split(',');
  expect(list).toEqual(expect.arrayContaining(theirs));
  expect(list).toContain('WebUIOmniboxPopup');
});
