/**
 * Puts `text` on the clipboard. Without the async Clipboard API (insecure origin, older browser, denied
 * permission) it selects `field` and falls back to execCommand('copy'); the text then stays selected
 * so the reader can press Ctrl+C.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection fallback.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
