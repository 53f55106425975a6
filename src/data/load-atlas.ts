import type { Atlas } from './schema';
import { restoreAtlas, type RestoreProblem } from './restore-atlas';

/** `unavailable`: the file could not be fetched (network, HTTP error, or a host's HTML page in its place). */
export type LoadProblem = 'unavailable' | RestoreProblem;
export type LoadResult = { ok: true; atlas: Atlas } | { ok: false; problem: LoadProblem; reason: string };

/** Fetches, upgrades and validates the built data; a stale or broken deploy fails with a reason, not a crash. */
export async function loadAtlas(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    return { ok: false, problem: 'unavailable', reason: `network error (${(e as Error).message})` };
  }
  if (!res.ok) return { ok: false, problem: 'unavailable', reason: `HTTP ${res.status} for ${url}` };
  // Some static hosts answer a missing file with their HTML page and status 200.
  if (res.headers.get('content-type')?.includes('text/html')) return { ok: false, problem: 'unavailable', reason: `${url} is an HTML page` };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    return { ok: false, problem: 'invalid', reason: `${url} is not valid JSON` };
  }
  const restored = restoreAtlas(json);
  if (!restored.ok) {
    const what = restored.problem === 'invalid' ? 'does not match the expected format' : 'cannot be read by this app';
    return { ok: false, problem: restored.problem, reason: `${url} ${what} (${restored.reason})` };
  }
  return { ok: true, atlas: restored.atlas };
}
