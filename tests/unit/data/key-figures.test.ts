import { describe, expect, test } from 'vitest';
import { figuresOf, groupKeyFigures } from '../../../src/data/key-figures';
import { formatFigureValue } from '../../../src/ui/figures/figure-value';
import { figuresCsv } from '../../../src/export/data-export';
import { makeAtlas } from '../../fixtures/atlas';
import { makeKeyFigure } from '../../fixtures/story';

describe('key figure groups', () => {
  const figures = [
    makeKeyFigure({ id: 'aeo-a', group: 'aeo' }),
    makeKeyFigure({ id: 'measures-a', group: 'measures' }),
    makeKeyFigure({ id: 'aeo-b', group: 'aeo' }),
  ];
  test('headings come in the panel order and keep their figures in order', () => {
    expect(groupKeyFigures(figures).map((g) => [g.group, g.figures.map((f) => f.id)])).toEqual([
      ['measures', ['measures-a']], ['aeo', ['aeo-a', 'aeo-b']],
    ]);
  });
  test('a heading without figures is left out', () => {
    expect(groupKeyFigures(figures).some((g) => g.group === 'single_window')).toBe(false);
  });
  test('figuresOf keeps only the asked headings', () => {
    expect(figuresOf(figures, ['aeo']).map((f) => f.id)).toEqual(['aeo-a', 'aeo-b']);
  });
});

describe('figure values', () => {
  test.each([
    [964, 'en', '964'], [3000, 'en', '3,000'], [8.7, 'en', '8.7'],
    [5_200_000_000, 'en', '5.2bn'], [42_300_000_000_000, 'en', '42.3tn'], [11_000_000, 'zh', '1100万'],
    [42_300_000_000_000, 'zh', '42.3万亿'],
  ] as const)('%d in %s reads %s', (value, lang, text) => {
    expect(formatFigureValue(value, lang)).toBe(text);
  });
});

describe('key figures CSV', () => {
  test('one row per figure with quote, sources and their links', () => {
    const atlas = makeAtlas({ keyFigures: [makeKeyFigure({ id: 'sw', value: 964, quote: 'offering 964 online services' })] });
    const csv = figuresCsv(atlas);
    expect(csv.split('\n')[0]).toBe('id,group,label_en,label_zh,value,unit,as_of,status,quote,note,source_ids,source_urls');
    expect(csv).toContain('sw,measures,Figure A,数据甲,964,measures,2025-12,confirmed,offering 964 online services,,S01,');
  });
});
