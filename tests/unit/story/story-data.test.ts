import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../../scripts/data-build/build';
import { FIRST_YEAR, LAST_YEAR } from '../../../src/data/schema';
import { KeyFigureSchema, STORY_MAX_STEPS, STORY_MIN_STEPS, StoryStepSchema } from '../../../src/data/schema';
import { DATA_DIR, dataDirWith, editRow, setCell } from '../../data/fixture-dir';

const read = (dir = DATA_DIR) => {
  const result = buildAtlas(dir);
  return result.ok
    ? { storySteps: result.atlas.storySteps, keyFigures: result.atlas.keyFigures, errors: [] as string[] }
    : { storySteps: [], keyFigures: [], errors: result.errors };
};

describe('the real story data', () => {
  const { storySteps, keyFigures, errors } = read();
  test('reads without a single error', () => {
    expect(errors).toEqual([]);
  });
  test(`has ${STORY_MIN_STEPS}–${STORY_MAX_STEPS} steps numbered 1..n`, () => {
    expect(storySteps.length).toBeGreaterThanOrEqual(STORY_MIN_STEPS);
    expect(storySteps.length).toBeLessThanOrEqual(STORY_MAX_STEPS);
    expect(storySteps.map((s) => s.step)).toEqual(storySteps.map((_, i) => i + 1));
  });
  test(`runs forward from ${FIRST_YEAR} to ${LAST_YEAR}`, () => {
    const years = storySteps.map((s) => s.year);
    expect(years[0]).toBe(FIRST_YEAR);
    expect(years[years.length - 1]).toBe(LAST_YEAR);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
  test('every step and key figure matches the app schema', () => {
    for (const s of storySteps) expect(StoryStepSchema.safeParse(s).success).toBe(true);
    for (const f of keyFigures) expect(KeyFigureSchema.safeParse(f).success).toBe(true);
  });
});

describe('broken story input is reported with file, row and column', () => {
  test('a latitude out of range', () => {
    const { errors } = read(dataDirWith({ 'story-steps.csv': setCell('step', '2', 'camera_lat', '95') }));
    expect(errors).toContain('data/story-steps.csv:3 camera_lat: latitude above 85');
  });
  test('unknown cities, events and sources', () => {
    const { errors } = read(dataDirWith({
      'story-steps.csv': editRow('step', '1', (r) => { r.city_ids = 'atlantis'; r.event_ids = 'no-such-event'; r.source_ids = 'S99'; }),
    }));
    expect(errors).toEqual(expect.arrayContaining([
      'data/story-steps.csv:2 city_ids: unknown city id "atlantis"',
      'data/story-steps.csv:2 event_ids: unknown event id "no-such-event"',
      'data/story-steps.csv:2 source_ids: unknown source id "S99"',
    ]));
  });
  test('an unknown corridor', () => {
    const { errors } = read(dataDirWith({ 'story-steps.csv': setCell('step', '2', 'corridor_ids', 'cre;hyperloop') }));
    expect(errors.some((e) => e.startsWith('data/story-steps.csv:3 corridor_ids.1:'))).toBe(true);
  });
  test('steps out of order', () => {
    const { errors } = read(dataDirWith({ 'story-steps.csv': setCell('step', '2', 'step', '7') }));
    expect(errors).toContain('data/story-steps.csv:3 step: expected step 2, found 7; number steps 1..n in order');
  });
  test('a step that goes back in time', () => {
    const { errors } = read(dataDirWith({ 'story-steps.csv': setCell('step', '5', 'year', '2018') }));
    expect(errors).toContain('data/story-steps.csv:6 year: 2018 comes after 2019; steps run forward in time');
  });
  test('a key figure of zero is rejected: unknown numbers are left out', () => {
    const { errors } = read(dataDirWith({ 'key-figures.csv': setCell('id', 'measures-by-end-2024', 'value', '0') }));
    expect(errors.some((e) => /^data\/key-figures\.csv:\d+ value: /.test(e))).toBe(true);
  });
  test('a missing file', () => {
    const dir = dataDirWith({});
    rmSync(join(dir, 'key-figures.csv'));
    expect(read(dir).errors).toContain('data/key-figures.csv: file is missing');
  });
});
