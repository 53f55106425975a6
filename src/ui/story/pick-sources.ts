import type { Source } from '../../data/schema';

/** The sources with these ids, in the order given, each once; unknown ids are skipped. */
export function pickSources(all: readonly Source[], ids: readonly string[]): Source[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
