// Small helpers shared by the benchmark's reports.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const pad = (s, n) => String(s).padEnd(n);
export const padLeft = (s, n) => String(s).padStart(n);
export const kb = (bytes) => (bytes / 1024).toFixed(0);

/** Words joined with `sep` into lines of at most `width` characters, each starting with `indent`. */
export function wrap(words, indent, width = 104, sep = ', ') {
  const lines = [];
  let line = '';
  for (const [i, w] of words.entries()) {
    const piece = w + (i < words.length - 1 ? sep.trimEnd() : '');
    if (line && indent.length + line.length + 1 + piece.length > width) {
      lines.push(indent + line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}
