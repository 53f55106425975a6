import { describe, expect, test, vi } from 'vitest';
import { EN_PARTS, loadCatalogue, translator } from '../../../src/lib/i18n';
import { zh as zhCatalogue } from '../../../src/lib/messages/zh';

const en: Record<string, string> = Object.assign({}, ...EN_PARTS);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('no two parts of the app define the same key', () => {
    const parts = EN_PARTS.map((m) => Object.keys(m));
    const all = parts.flat();
    expect(all.length).toBe(new Set(all).size);
  });
  test('English and Chinese have the same keys', () => {
    expect(Object.keys(zhCatalogue).sort()).toEqual(Object.keys(en).sort());
  });
  test('every Chinese message is filled in and keeps the placeholders of the English one', () => {
    for (const [key, english] of Object.entries(en)) {
      const zh = (zhCatalogue as Record<string, string>)[key]!;
      expect(zh.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(english));
    }
  });
  test('Chinese loads on first use; until then English stands in', async () => {
    // A fresh copy of the module: other files in this worker may have loaded Chinese already.
    vi.resetModules();
    const { catalogueLoaded, loadCatalogue, translator } = await import('../../../src/lib/i18n');
    expect(catalogueLoaded('en')).toBe(true);
    expect(catalogueLoaded('zh')).toBe(false);
    expect(translator('zh')('appTitle')).toBe('Corridor Atlas');
    await loadCatalogue('zh');
    expect(catalogueLoaded('zh')).toBe(true);
    expect(translator('zh')('appTitle')).toBe('通道地图集');
  });
  test('placeholders are filled', async () => {
    await loadCatalogue('zh');
    expect(translator('en')('storyStepOf', { n: 2, total: 12 })).toBe('Step 2 of 12');
    expect(translator('zh')('storyStepOf', { n: 2, total: 12 })).toBe('第 2 步，共 12 步');
  });
});
