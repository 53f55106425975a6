import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { licenceAllowed, runtimePackages } from '../../scripts/licences';

const packages = runtimePackages(resolve(__dirname, '../..'));
const names = new Set(packages.map((p) => p.name));

describe('runtime dependency licences', () => {
  test('every runtime package, direct or transitive, has a licence on the allow-list', () => {
    expect(packages.filter((p) => !licenceAllowed(p.licence)).map((p) => `${p.name}@${p.version}: ${p.licence}`)).toEqual([]);
  });

  test('the list follows dependencies and leaves dev dependencies out', () => {
    for (const name of ['react', 'maplibre-gl', 'world-atlas', 'd3-geo', 'scheduler', '@luma.gl/core']) expect(names).toContain(name);
    for (const name of ['vitest', 'vite', 'typescript', 'playwright-core', 'happy-dom', 'axe-core']) expect(names).not.toContain(name);
    expect(packages.length).toBeGreaterThan(100);
  });

  test.each([
    ['MIT', true], ['(MIT OR GPL-3.0-or-later)', true], ['(MIT AND Zlib)', true],
    ['GPL-3.0-only', false], ['(MIT AND GPL-3.0-only)', false], ['AGPL-3.0', false], ['UNKNOWN', false], ['SEE LICENSE IN LICENSE', false],
  ])('%s allowed: %s', (spdx, allowed) => {
    expect(licenceAllowed(spdx)).toBe(allowed);
  });
});
