import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { resolve } from 'node:path';
import { dataDirWith, editRow, lineOf, setCell } from './fixture-dir';

const errorsFor = (edits: Parameters<typeof dataDirWith>[0]) => {
  const result = buildAtlas(dataDirWith(edits));
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
};

describe('a line start year needs a basis of its own', () => {
  const at = `data/corridor-lines.csv:${lineOf('corridor-lines.csv', 'id', 'CRE-W2')}`;
  test('rejects a start year inferred from the corridor start, with file and row', () => {
    const errors = errorsFor({
      'corridor-lines.csv': editRow('id', 'CRE-W2', (r) => {
        r.start_year = '2011';
        r.basis = 'line year not in sources; corridor start; Chengdu–Małaszewicze service per S-P06';
      }),
    });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${at} start_year: 2011 is inferred from the corridor's start`)));
  });
  test('rejects an inferred start year whose basis names none of the line\'s sources', () => {
    const errors = errorsFor({
      'corridor-lines.csv': editRow('id', 'CRE-W2', (r) => {
        r.start_year = '2013';
        r.basis = 'trains from Chengdu began early';
      }),
    });
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${at} basis: an inferred start year needs a basis that names one of the line's sources`)));
  });
  test('accepts an unknown start year', () => {
    const result = buildAtlas(dataDirWith({ 'corridor-lines.csv': setCell('id', 'CRE-W1', 'start_year', '') }));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.atlas.lines.find((l) => l.id === 'CRE-W1')!.startYear).toBeNull();
  });
});

describe('a confirmed coordinate needs a reference', () => {
  test('rejects a confirmed port whose sources hold no coordinate reference, with file and row', () => {
    const errors = errorsFor({ 'ports.csv': setCell('id', 'pkx', 'coord_status', 'confirmed') });
    expect(errors).toContainEqual(expect.stringMatching(
      new RegExp(`^data/ports.csv:${lineOf('ports.csv', 'id', 'pkx')} coord_status: confirmed, but no source_ids entry is a coordinate reference`),
    ));
  });
  test('a policy source is not a reference', () => {
    const errors = errorsFor({ 'ports.csv': editRow('id', 'alashankou', (r) => { r.coord_status = 'confirmed'; }) });
    expect(errors.some((e) => e.startsWith(`data/ports.csv:${lineOf('ports.csv', 'id', 'alashankou')} coord_status`))).toBe(true);
  });
  test('only a dataset may be a reference', () => {
    const errors = errorsFor({ 'source-kinds.csv': setCell('source_id', 'S06', 'coord_reference', 'yes') });
    expect(errors).toContainEqual(`data/source-kinds.csv:${lineOf('source-kinds.csv', 'source_id', 'S06')} coord_reference: only a dataset can be a coordinate reference`);
  });
});

describe('every source has a kind', () => {
  test('rejects a source with no row in data/source-kinds.csv', () => {
    const errors = errorsFor({ 'source-kinds.csv': (csv) => csv.split('\n').filter((l) => !l.startsWith('S06,')).join('\n') });
    expect(errors).toContainEqual(`data/sources.csv:${lineOf('sources.csv', 'id', 'S06')} id: source "S06" has no kind in data/source-kinds.csv`);
  });
  test('rejects an unknown kind', () => {
    const errors = errorsFor({ 'source-kinds.csv': setCell('source_id', 'S06', 'kind', 'rumour') });
    expect(errors.some((e) => e.startsWith(`data/source-kinds.csv:${lineOf('source-kinds.csv', 'source_id', 'S06')} kind:`))).toBe(true);
  });
});

describe('the real data after the audit', () => {
  const result = buildAtlas(resolve(__dirname, '../../data'));
  const atlas = result.ok ? result.atlas : null;
  test('the start years the audit showed wrong are unknown, not borrowed from the corridor', () => {
    for (const id of ['LSC-M3', 'CRE-E3', 'CRE-W2', 'SRM-L3'])
      expect(atlas!.lines.find((l) => l.id === id)!.startYear).toBeNull();
    for (const line of atlas!.lines) expect(line.basis).not.toMatch(/corridor start/);
  });
  test('no port coordinate is confirmed by an approximation', () => {
    for (const port of atlas!.ports.filter((p) => p.coordStatus === 'confirmed'))
      expect(port.sourceIds.some((id) => ['GEO-NE', 'GEO-GN', 'GEO-SR'].includes(id))).toBe(true);
    expect(atlas!.ports.find((p) => p.id === 'fangchenggang-port')!.coordStatus).toBe('uncertain');
  });
  test('the health summary ships with the atlas', () => {
    expect(atlas!.health!.citiesByYear.find((y) => y.year === 2025)).toEqual({ year: 2025, total: 25, named: 20 });
  });
});
