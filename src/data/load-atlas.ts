import { AtlasSchema, type Atlas } from './schema';

export type LoadResult = { ok: true; atlas: Atlas } | { ok: false; reason: string };

/** Fetches and validates the built data; a stale or broken deploy fails with a reason, not a crash. */
export async function loadAtlas(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    return { ok: false, reason: `network error (${(e as Error).message})` };
  }
  if (!res.ok) return { ok: false, reason: `HTTP ${res.status} for ${url}` };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    return { ok: false, reason: `${url} is not valid JSON` };
  }
  const parsed = AtlasSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: `${url} does not match the expected format (${first?.path.join('.')}: ${first?.message})` };
  }
  return { ok: true, atlas: parsed.data };
}
