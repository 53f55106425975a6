import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every published data version, oldest first, one line each; committed beside the version files. */
export const MANIFEST = 'index.json';
export type KeptVersion = { version: string; schemaVersion: number };

const VERSION_FILE = /^([0-9a-f]{12})\.json$/;
const restoreHint = (file: string) => `a pinned link to it would break: restore it with git checkout -- ${file}`;

/** The manifest's entries with their line numbers; an unreadable manifest is an error, a missing one is empty. */
export function readManifest(versionsDir: string, errors: string[]): (KeptVersion & { line: number })[] {
  const path = join(versionsDir, MANIFEST);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  let entries: unknown;
  try {
    entries = (JSON.parse(text) as { versions?: unknown }).versions;
  } catch (e) {
    errors.push(`${path}: not valid JSON (${(e as Error).message})`);
    return [];
  }
  if (!Array.isArray(entries)) {
    errors.push(`${path}: expected {"versions": [...]}`);
    return [];
  }
  const lines = text.split('\n');
  return entries.map((entry: KeptVersion) => ({ ...entry, line: lines.findIndex((l) => l.includes(`"${entry.version}"`)) + 1 }));
}

/** Files of `versionsDir` that git has committed (or staged); none when it is not in a git checkout. */
function committedFiles(versionsDir: string): string[] {
  if (!existsSync(versionsDir)) return [];
  try {
    return execFileSync('git', ['ls-files', '--', '.'], { cwd: versionsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n').filter((name) => name !== '' && !name.includes('/'));
  } catch {
    return [];
  }
}

/** One error per published version whose file is gone: listed in the manifest, or committed in git. */
export function missingKeptVersions(versionsDir: string): string[] {
  const errors: string[] = [];
  const reported = new Set<string>();
  for (const { version, line } of readManifest(versionsDir, errors)) {
    const at = `${join(versionsDir, MANIFEST)}:${line}`;
    const file = join(versionsDir, `${version}.json`);
    if (!VERSION_FILE.test(`${version}.json`)) errors.push(`${at}: "${version}" is not a data version`);
    else if (!existsSync(file)) errors.push(`${at}: published data version ${version} has no file ${file}; ${restoreHint(file)}`);
    reported.add(file);
  }
  for (const name of committedFiles(versionsDir)) {
    const file = join(versionsDir, name);
    if (!existsSync(file) && !reported.has(file)) errors.push(`${file}: committed in git but missing; ${restoreHint(file)}`);
  }
  return errors;
}

/** The manifest with `version` appended when it is new, formatted one version a line. */
export function manifestWith(versionsDir: string, latest: KeptVersion): string {
  const kept: KeptVersion[] = readManifest(versionsDir, []).map(({ version, schemaVersion }) => ({ version, schemaVersion }));
  if (!kept.some((k) => k.version === latest.version)) kept.push(latest);
  return `{\n  "versions": [\n${kept.map((k) => `    ${JSON.stringify(k)}`).join(',\n')}\n  ]\n}\n`;
}
