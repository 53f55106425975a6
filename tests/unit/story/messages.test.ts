import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n';
import { storyMessagesEn, storyMessagesZh, storyTranslator } from '../../../src/ui/story/messages';

describe('story messages', () => {
  test('no key clashes with the app catalogue, so the two can be merged', () => {
    const appKeys = new Set(Object.keys(CATALOGUES.en));
    expect(Object.keys(storyMessagesEn).filter((k) => appKeys.has(k))).toEqual([]);
  });
  test('every Chinese message is filled in and keeps the placeholders of the English one', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(storyMessagesEn)) {
      const zh = storyMessagesZh[key as keyof typeof storyMessagesEn];
      expect(zh.trim(), key).not.toBe('');
      expect(names(zh), key).toEqual(names(en));
    }
  });
  test('placeholders are filled', () => {
    expect(storyTranslator('en')('storyStepOf', { n: 2, total: 12 })).toBe('Step 2 of 12');
    expect(storyTranslator('zh')('storyStepOf', { n: 2, total: 12 })).toBe('第 2 步，共 12 步');
  });
});
