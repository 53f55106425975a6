import { afterAll } from 'vitest';
import { closeBrowsers } from './browser';

// Each file's shared Chromium ends with the file (after the file's own afterAll hooks).
afterAll(closeBrowsers);
