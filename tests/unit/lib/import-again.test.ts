import { describe, expect, test } from 'vitest';
import { vi } from 'vitest';
import { failedModuleUrl, importAgain } from '../../../src/lib/import-again';

describe('the module a failed dynamic import names', () => {
  test("is read from the browser's message", () => {
    expect(failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/StoryTab-B2x_9a.js')))
      .toBe('http://127.0.0.1:4173/assets/StoryTab-B2x_9a.js');
    expect(failedModuleUrl(new TypeError("error loading dynamically imported module: 'https://atlas.example/assets/zh-1.js'")))
      .toBe('https://atlas.example/assets/zh-1.js');
    expect(failedModuleUrl('Failed to fetch dynamically imported module: http://localhost:5173/src/ui/tabs/StoryTab.tsx?t=1'))
      .toBe('http://localhost:5173/src/ui/tabs/StoryTab.tsx');
  });

  test('is null when the message names none', () => {
    expect(failedModuleUrl(new Error('boom'))).toBeNull();
    expect(failedModuleUrl(new Error('see http://example.org/about for help'))).toBeNull();
  });
});

describe('loading a failed module again', () => {
  test('without an address in the error, it imports as before', async () => {
    const importer = vi.fn(async () => 'fresh');
    expect(await importAgain(new Error('boom'), importer, () => { throw new Error('no reload expected'); })).toBe('fresh');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  test('when the fresh address failed too, it reloads the page instead of asking in vain', () => {
    const reload = vi.fn();
    const importer = vi.fn(async () => 'never');
    void importAgain(new TypeError('Failed to fetch dynamically imported module: http://x.test/assets/a-1.js?retry=1'), importer, reload);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(importer).not.toHaveBeenCalled();
  });
});
