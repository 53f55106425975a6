import type { Browser, CDPSession } from 'playwright-core';

export type RunFailure = { failure: string; kind: 'crash' | 'timeout' | 'error' };
export type BrowserProfile = {
  name: string;
  context: Record<string, unknown>;
  cpuSlowdown?: number;
  network?: { offline: boolean; latency: number; downloadThroughput: number; uploadThroughput: number };
};
export const DESKTOP: BrowserProfile;
export const PHONE: BrowserProfile;
export function firstRenderAt(): number | null;
export function applyThrottling(cdp: CDPSession, profile: BrowserProfile): Promise<void>;
export function withBrowser<T>(
  options: { timeoutMs?: number; args?: readonly string[] },
  work: (browser: Browser, fail: (outcome: RunFailure) => void) => Promise<T>,
): Promise<T | RunFailure>;
