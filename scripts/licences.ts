// Lists the licence of every runtime dependency, direct and transitive, as installed in node_modules.
//
//   npx tsx scripts/licences.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type InstalledPackage = { name: string; version: string; licence: string; path: string };

type Manifest = {
  name: string; version: string; license?: string | { type?: string }; licenses?: { type?: string }[];
  dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The `license` field as written; the old object and array forms are read too. */
function licenceOf(m: Manifest): string {
  if (typeof m.license === 'string') return m.license;
  if (m.license?.type) return m.license.type;
  const types = (m.licenses ?? []).map((l) => l.type).filter(Boolean);
  return types.length ? `(${types.join(' OR ')})` : 'UNKNOWN';
}

/** Where Node would find `name` from a package in `fromDir`: its own node_modules, then each parent's. */
function resolvePackage(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) return null;
  }
}

/** Every package reachable from the `dependencies` of the project at `root` (dev dependencies left out). */
export function runtimePackages(root: string): InstalledPackage[] {
  const found = new Map<string, InstalledPackage>();
  const queue: [string, string][] = Object.keys(readManifest(root).dependencies ?? {}).map((n) => [n, root]);
  while (queue.length) {
    const [name, from] = queue.shift()!;
    const dir = resolvePackage(name, from, root);
    if (!dir || found.has(dir)) continue; // an optional or peer dependency that is not installed, or seen
    const m = readManifest(dir);
    found.set(dir, { name: m.name, version: m.version, licence: licenceOf(m), path: dir });
    // Required peers run with the package; optional peers are there only if something else brought them.
    const peers = Object.keys(m.peerDependencies ?? {}).filter((p) => !m.peerDependenciesMeta?.[p]?.optional);
    for (const dep of [...Object.keys({ ...m.dependencies, ...m.optionalDependencies }), ...peers]) queue.push([dep, dir]);
  }
  // One entry per name and version, however many copies are installed.
  const unique = new Map([...found.values()].map((p) => [`${p.name}@${p.version}`, p]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Licences a runtime dependency may have: permissive ones that ask at most for a notice. */
export const ALLOWED_LICENCES = new Set([
  'MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'Unlicense', 'CC0-1.0', 'Python-2.0',
  'BlueOak-1.0.0', 'OFL-1.1', 'Zlib',
]);

/** An SPDX expression passes when one of its `OR` alternatives has only allowed licences. */
export const licenceAllowed = (spdx: string) =>
  spdx.replace(/[()]/g, '').split(/\s+OR\s+/).some((part) => part.split(/\s+AND\s+/).every((l) => ALLOWED_LICENCES.has(l.trim())));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const packages = runtimePackages(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  const width = Math.max(...packages.map((p) => `${p.name}@${p.version}`.length));
  for (const p of packages) console.log(`${`${p.name}@${p.version}`.padEnd(width)}  ${p.licence}${licenceAllowed(p.licence) ? '' : '  (not allowed)'}`);
  const counts = new Map<string, number>();
  for (const p of packages) counts.set(p.licence, (counts.get(p.licence) ?? 0) + 1);
  console.log(`\n${packages.length} runtime packages: ${[...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${n} ${l}`).join(', ')}`);
}
