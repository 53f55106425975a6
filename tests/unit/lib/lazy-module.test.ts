import { describe, expect, test, vi } from 'vitest';
import { lazyModule } from '../../../src/lib/lazy-module';

describe('a module loaded on first use', () => {
  test('keeps a success and loads once', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const module = lazyModule(importer);
    expect(module.state().status).toBe('idle');
    await Promise.all([module.load(), module.load()]);
    expect((await module.load()).answer).toBe(42);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(module.state()).toEqual({ status: 'ready', value: { answer: 42 } });
  });

  test('does not keep a failure: the next load asks again, and listeners hear each change', async () => {
    let fail = true;
    const importer = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return { answer: 1 };
    });
    const module = lazyModule(importer);
    const heard: string[] = [];
    module.subscribe(() => heard.push(module.state().status));
    await expect(module.load()).rejects.toThrow('offline');
    expect(module.state()).toMatchObject({ status: 'failed', error: { message: 'offline' } });
    fail = false;
    expect((await module.load()).answer).toBe(1);
    expect(importer).toHaveBeenCalledTimes(2);
    expect(heard).toEqual(['loading', 'failed', 'loading', 'ready']);
  });
});
