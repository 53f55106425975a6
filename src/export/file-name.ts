import type { CorridorId } from '../data/schema';
import type { Lang } from '../lib/i18n';

/** The part of the app state a file name describes. */
export type NamedView = {
  year: number;
  layers: Readonly<Record<string, boolean>>;
  corridor: CorridorId | null;
  line: string | null;
  selection: { kind: string; id: string } | null;
  lang: Lang;
};

/** Lowercase ASCII words joined by `-`: safe in every file system and URL. */
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The view in a few words: the open corridor (and line), else the selected place, else the layers shown
 * (`all`, `no-layers`, or the keys of the layers that are on).
 */
export function viewShortForm(view: NamedView): string {
  if (view.corridor) return slug([view.corridor, view.line ?? ''].join('-'));
  if (view.selection) return slug(`${view.selection.kind}-${view.selection.id}`);
  const keys = Object.keys(view.layers);
  const on = keys.filter((k) => view.layers[k]);
  if (on.length === keys.length) return 'all';
  return on.length ? on.join('-') : 'no-layers';
}

/**
 * The one name builder for every export: `corridor-atlas-<year>-<view>-<lang>[-<what>][-<version>].<ext>`,
 * e.g. `corridor-atlas-2025-cre-en.svg`, `corridor-atlas-2025-all-en-cities-0cd0486dc89e.csv`.
 * Images carry their data version inside; data files carry it in the name as well.
 */
export function exportFileName(view: NamedView, ext: string, { what, version }: { what?: string; version?: string } = {}): string {
  const parts = ['corridor-atlas', String(view.year), viewShortForm(view), view.lang, what ? slug(what) : '', version ?? ''];
  return `${parts.filter((p) => p !== '').join('-')}.${ext}`;
}
