/** Saves a Blob under `filename` through a temporary `<a download>`. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A byte-order mark lets spreadsheet programs read UTF-8 CSV (Chinese names) correctly. */
const BOM = '\uFEFF';

export function downloadText(filename: string, text: string, mime: string): void {
  const body = mime === 'text/csv' ? BOM + text : text;
  downloadBlob(filename, new Blob([body], { type: `${mime};charset=utf-8` }));
}
