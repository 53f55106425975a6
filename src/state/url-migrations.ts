import { parseUrlState, type UrlState } from './url-state';

/**
 * Rewrites the parameters of an older link into today's, before they are parsed, so published links keep
 * working when a parameter or value changes. Pure: returns new parameters and leaves its input alone.
 */
export type UrlMigration = { change: string; migrate: (params: URLSearchParams) => URLSearchParams };

/** `select=line:<id>` opened a line's own details until those moved into the corridor panel (0ca3c03). */
const lineSelectionOpensItsCorridor: UrlMigration = {
  change: 'select=line:<id> becomes corridor=<corridor>&line=<id>',
  migrate: (params) => {
    const match = /^line:((CRE|LSC|SRM)-[A-Z]\d)$/.exec(params.get('select') ?? '');
    if (!match) return params;
    const [, line, prefix] = match;
    const corridor = prefix!.toLowerCase();
    const next = new URLSearchParams(params);
    next.delete('select');
    if (!next.has('line') && (next.get('corridor') ?? corridor) === corridor) {
      next.set('corridor', corridor);
      next.set('line', line!);
    }
    return next;
  },
};

/** Oldest first; each runs on the output of the one before. Append, never reorder or remove. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [lineSelectionOpensItsCorridor];

/** The query with every migration applied, in order. */
export function migrateQuery(search: string, migrations: readonly UrlMigration[] = URL_MIGRATIONS): string {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return search;
  }
  const migrated = migrations.reduce((p, m) => m.migrate(new URLSearchParams(p)), params);
  const query = migrated.toString();
  return query ? `?${query}` : '';
}

/** What the app reads a link with, on first load and on back/forward: migrate, then parse. */
export const readUrlState = (search: string, defaults: UrlState, migrations: readonly UrlMigration[] = URL_MIGRATIONS) =>
  parseUrlState(migrateQuery(search, migrations), defaults);
