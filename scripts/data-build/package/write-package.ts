import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { DESCRIPTOR_NAME } from '../../../src/data/data-package-path';
import type { DataError } from '../read';
import { dataPackageParts, type Descriptor } from './descriptor';

const README_TEMPLATE = new URL('./README.template.md', import.meta.url);
/** A fixed date in every entry, so the same data always gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

function readme(descriptor: Descriptor): string {
  const tables = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
  const files = descriptor.resources.map((r) => `- \`${r.path}\`: ${r.title}`).join('\n');
  return readFileSync(README_TEMPLATE, 'utf8')
    .replaceAll('{version}', descriptor.dataVersion)
    .replace('{tables}', String(tables.length))
    .replace('{geo}', String(descriptor.resources.length - tables.length))
    .replace('{files}', files);
}

/** The data package as a zip: datapackage.json, README.md and every file it lists. */
export async function dataPackageZip(dataDir: string, dataVersion: string, errors: DataError[]): Promise<Uint8Array> {
  const { descriptor, files } = dataPackageParts(dataDir, dataVersion, errors);
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false };
  zip.file(DESCRIPTOR_NAME, `${JSON.stringify(descriptor, null, 1)}\n`, options);
  zip.file('README.md', readme(descriptor), options);
  for (const f of files) zip.file(f.path, f.bytes, options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
