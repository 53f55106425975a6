import { afterAll } from 'vitest';
import { closeBrowsers, keepsBrowsers } from './browser';

// A file's Chromium ends with the file, unless its project runs all its files in one worker (not isolated): then
// the next file uses it too, and it ends with the worker.
afterAll(async () => {
  if (!keepsBrowsers()) await closeBrowsers();
});
