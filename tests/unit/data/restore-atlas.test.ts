import { describe, expect, test } from 'vitest';
import { ATLAS_UPGRADES, type AtlasUpgrade } from '../../../src/data/atlas-upgrades';
import { restoreAtlas } from '../../../src/data/restore-atlas';
import { OLDEST_SCHEMA_VERSION, SCHEMA_VERSION } from '../../../src/data/schema-version';
import { makeAtlas } from '../../fixtures/atlas';
import { makeKeyFigure } from '../../fixtures/story';

/** Today's atlas written back in the version 1 shape: no schemaVersion, key figures without group and quote. */
const versionOne = () => {
  const { schemaVersion: _, ...atlas } = makeAtlas({
    keyFigures: [makeKeyFigure({ id: 'm', unit: 'measures' }), makeKeyFigure({ id: 'c', unit: 'cities' })],
  });
  return { ...atlas, keyFigures: atlas.keyFigures.map(({ group: _g, quote: _q, ...figure }) => figure) };
};

describe('restoreAtlas', () => {
  test('an atlas of today passes unchanged', () => {
    const atlas = makeAtlas();
    expect(restoreAtlas(atlas)).toEqual({ ok: true, atlas, upgradedFrom: SCHEMA_VERSION });
  });

  test('a file without schemaVersion is version 1 and is upgraded to today', () => {
    const restored = restoreAtlas(versionOne());
    expect(restored.ok && restored.upgradedFrom).toBe(1);
    expect(restored.ok && restored.atlas.schemaVersion).toBe(SCHEMA_VERSION);
  });

  test('version 1 key figures take their heading from their unit and have no quote', () => {
    const restored = restoreAtlas(versionOne());
    expect(restored.ok && restored.atlas.keyFigures.map((f) => [f.id, f.group, f.quote])).toEqual([['m', 'measures', null], ['c', 'cities', null]]);
  });

  test('a version 1 file that already has headings and quotes keeps them', () => {
    const figure = makeKeyFigure({ group: 'aeo', quote: 'words' });
    const { schemaVersion: _, ...atlas } = makeAtlas({ keyFigures: [figure] });
    const restored = restoreAtlas(atlas);
    expect(restored.ok && restored.atlas.keyFigures).toEqual([figure]);
  });

  test('a version 1 key figure whose unit names no heading does not match the format', () => {
    const atlas = versionOne();
    atlas.keyFigures[0]!.unit = 'teu';
    expect(restoreAtlas(atlas)).toMatchObject({ ok: false, problem: 'invalid', reason: expect.stringMatching(/^keyFigures\.0\.group/) });
  });

  test('a version older than the oldest supported is too old', () => {
    expect(restoreAtlas({ ...makeAtlas(), schemaVersion: OLDEST_SCHEMA_VERSION - 1 })).toMatchObject({ ok: false, problem: 'too-old' });
  });

  test('a version newer than the app is too new', () => {
    expect(restoreAtlas({ ...makeAtlas(), schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, problem: 'too-new' });
  });

  test.each([['a string', 'x'], ['null', null], ['an array', []], ['a fraction', 1.5]])('schemaVersion as %s does not match the format', (_, schemaVersion) => {
    expect(restoreAtlas({ ...makeAtlas(), schemaVersion })).toMatchObject({ ok: false, problem: 'invalid' });
  });

  test.each([['null', null], ['an array', []], ['a number', 3]])('%s is not an atlas', (_, json) => {
    expect(restoreAtlas(json)).toMatchObject({ ok: false, problem: 'invalid' });
  });

  test('upgrade steps run in order, each on the output of the one before', () => {
    const seen: unknown[] = [];
    const logging: AtlasUpgrade[] = ATLAS_UPGRADES.map((u) => ({ ...u, upgrade: (a) => { seen.push([u.from, a.schemaVersion]); return u.upgrade(a); } }));
    restoreAtlas({ ...versionOne(), schemaVersion: OLDEST_SCHEMA_VERSION }, logging);
    expect(seen).toEqual(ATLAS_UPGRADES.map((u) => [u.from, u.from]));
  });

  test('a missing step makes the file too old, not half upgraded', () => {
    expect(restoreAtlas(versionOne(), [])).toMatchObject({ ok: false, problem: 'too-old', reason: 'no upgrade from schema version 1' });
  });

  test('there is one step per version, from the oldest supported to today', () => {
    expect(ATLAS_UPGRADES.map((u) => u.from)).toEqual(
      Array.from({ length: SCHEMA_VERSION - OLDEST_SCHEMA_VERSION }, (_, i) => OLDEST_SCHEMA_VERSION + i),
    );
  });

  test('upgrading does not change the input', () => {
    const input = versionOne();
    const copy = structuredClone(input);
    restoreAtlas(input);
    expect(input).toEqual(copy);
  });
});
