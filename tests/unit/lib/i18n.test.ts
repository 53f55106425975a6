import { describe, expect, test } from 'vitest';
import { CATALOGUES, translator } from '../../../src/lib/i18n';
import { coreEn } from '../../../src/lib/messages/core';
import { corridorEn } from '../../../src/lib/messages/corridor';
import { routeEn } from '../../../src/lib/messages/route';
import { storyEn } from '../../../src/lib/messages/story';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('no two parts of the app define the same key', () => {
    const parts = [coreEn, corridorEn, routeEn, storyEn].map((m) => Object.keys(m));
    const all = parts.flat();
    expect(all.length).toBe(new Set(all).size);
  });
  test('English and Chinese have the same keys', () => {
    expect(Object.keys(CATALOGUES.zh).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });
  test('every Chinese message is filled in and keeps the placeholders of the English one', () => {
    for (const [key, en] of Object.entries(CATALOGUES.en)) {
      const zh = CATALOGUES.zh[key as keyof typeof CATALOGUES.en];
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });
  test('placeholders are filled', () => {
    expect(translator('en')('storyStepOf', { n: 2, total: 12 })).toBe('Step 2 of 12');
    expect(translator('zh')('storyStepOf', { n: 2, total: 12 })).toBe('第 2 步，共 12 步');
  });
});
