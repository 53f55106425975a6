import { afterAll } from 'vitest';
import { closeBrowsers, keepsBrowsers } from './browser';

// A file's Chromium ends with the file, unless its project's workers are not isolated: then the worker's next file
// uses it too, and it ends with the worker.
afterAll(async () => {
  if (!keepsBrowsers()) await closeBrowsers();
});
