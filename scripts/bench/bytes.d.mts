export type ByteKind = 'js' | 'css' | 'font' | 'data' | 'basemap' | 'html' | 'other';
/** js, css, font, data (the atlas), basemap (vector tiles and other JSON), html or other. */
export function kindOf(path: string): ByteKind;
export function bytesOf(paths: string[], root: string, index?: string): {
  byKind: Record<ByteKind, number>;
  total: number;
  files: { path: string; kind: ByteKind; bytes: number }[];
};
