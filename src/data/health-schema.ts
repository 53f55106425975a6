import { z } from '../lib/zod';

/**
 * What kind of publication a source is (data/source-kinds.csv). `repost`: a copy on a site that is not the
 * publisher's own (a mirror on an unrelated domain or a raw IP address); `secondary`: a summary, blog,
 * company page or self-media post; `notes`: the project's own approximations, never a source of facts.
 */
export const SourceKind = z.enum(['official', 'press', 'reference', 'repost', 'secondary', 'machine-generated', 'dataset', 'notes']);
export const SOURCE_KINDS = SourceKind.options;
/** Kinds too weak to carry a fact alone. */
export const WEAK_SOURCE_KINDS: readonly SourceKind[] = ['repost', 'secondary', 'machine-generated'];

const count = z.int().check(z.nonnegative());
const StatusCounts = z.object({ confirmed: count, inferred: count, uncertain: count });

/** The data's own health, computed by the data build from data/ (scripts/data-build/health.ts). */
export const DataHealthSchema = z.object({
  /** Records by status, one entry per file that has a status column. */
  statusByFile: z.array(z.object({ file: z.string(), ...StatusCounts.shape })),
  /** Pilot cities per year: official total (null = not found in the sources) and how many are named. */
  citiesByYear: z.array(z.object({ year: z.int(), total: z.nullable(count), named: count })),
  /** Sources per kind. */
  sourcesByKind: z.array(z.object({ kind: SourceKind, count })),
  /** Corridor lines whose start year no source gives. */
  linesWithoutStartYear: count,
  /** Records every one of whose sources is weak (repost, secondary or machine-generated). */
  weakOnly: z.array(z.object({
    file: z.string(),
    /** Row number in the file, header = 1. */
    row: z.int(),
    label: z.string(),
    status: z.string(),
    sourceIds: z.array(z.string()),
  })),
});

export type SourceKind = z.infer<typeof SourceKind>;
export type DataHealth = z.infer<typeof DataHealthSchema>;
