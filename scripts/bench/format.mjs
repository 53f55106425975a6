// Small helpers shared by the benchmark's reports.

export const pad = (s, n) => String(s).padEnd(n);
export const padLeft = (s, n) => String(s).padStart(n);

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
