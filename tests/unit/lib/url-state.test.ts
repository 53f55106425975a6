import { describe, expect, test } from 'vitest';
import { readUrlState } from '../../../src/state/url-state';
import { parseYear } from '../../../src/lib/parsed';
import { yearRange } from '../../../src/timeline/timeline-controller';

const YEARS = yearRange(2018, 2026);

describe('start-up view from the URL', () => {
  test('a valid year and language are used', () => {
    expect(readUrlState('?year=2023&lang=zh', YEARS, 'en-US')).toEqual({ year: 2023, lang: 'zh', notices: [] });
  });
  test('the browser language is the default', () => {
    expect(readUrlState('', YEARS, 'zh-CN').lang).toBe('zh');
    expect(readUrlState('', YEARS, 'de-DE').lang).toBe('en');
  });
  test.each(['1999', 'abc', '2025.5', '<script>', '20255', '9'.repeat(400)])('an invalid year %# falls back and says so', (raw) => {
    const state = readUrlState(`?year=${encodeURIComponent(raw)}`, YEARS, 'en');
    expect(state.year).toBeNull();
    expect(state.notices).toHaveLength(1);
    expect(state.notices[0]).toMatch(/not valid/);
    expect(state.notices[0]!.length).toBeLessThan(200);
  });
  test('an unknown language falls back to English and says so', () => {
    const state = readUrlState('?lang=fr', YEARS, 'zh-CN');
    expect(state.lang).toBe('en');
    expect(state.notices[0]).toMatch(/not supported/);
  });
  test('parseYear tells missing from invalid', () => {
    expect(parseYear(null, YEARS)).toEqual({ status: 'missing' });
    expect(parseYear('2030', YEARS)).toMatchObject({ status: 'invalid', reason: 'outside 2018–2026' });
  });
});
