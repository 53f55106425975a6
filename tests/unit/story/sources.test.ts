import { describe, expect, test } from 'vitest';
import { readDataDir } from '../../../scripts/data-build/read';
import { buildAtlas } from '../../../scripts/data-build/build';
import { DATA_DIR } from '../../data/fixture-dir';

const { rows } = readDataDir(DATA_DIR);
const sourceIds = new Set(rows.sources.map((s) => s.id));
const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
const built = buildAtlas(DATA_DIR);
const story = built.ok ? built.atlas : { storySteps: [], keyFigures: [] };
const unresolved = (list: { source_ids?: string[]; sourceIds?: string[] }[]) =>
  list.flatMap((r) => {
    const refs = r.source_ids ?? r.sourceIds ?? [];
    return refs.length === 0 ? ['(none)'] : refs.filter((id) => !sourceIds.has(id));
  });

describe('every record the students see cites sources that exist', () => {
  test.each([
    ['events', rows.events],
    ['measure sets', rows.measureSets],
    ['measures', rows.measures],
    ['story steps', story.storySteps],
    ['key figures', story.keyFigures],
  ] as const)('%s', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(unresolved([...list])).toEqual([]);
  });

  test('the corridor milestones and yearly actions are on the timeline', () => {
    const eventIds = ids(rows.events);
    for (const id of [
      'state-council-work-plan-2018', 'special-action-2018', 'cre-first-train-2011', 'srm-launch-2018',
      'lsc-first-train-2017', 'lsc-master-plan-2019', 'china-laos-railway-2021', 'special-action-2022',
      'special-action-2023', 'special-action-2025', 'state-council-replication-2025', 'gac-briefing-2026-01',
      'customs-work-conference-2026', 'launch-2026-xinhua',
    ]) expect(eventIds.has(id), id).toBe(true);
  });

  test('the Silk Road Maritime launch day conflict keeps both days with their sources', () => {
    const group = rows.events.filter((e) => e.conflict_group === 'srm-launch-2018');
    expect(group.map((e) => [e.date, e.source_ids.join(';')])).toEqual(expect.arrayContaining([
      ['2018-12-12', 'S-M21'], ['2018-12-24', 'S-M05'],
    ]));
  });
});
