// A strict CSV reader (RFC 4180): where a lenient parser would guess, this one reports the line and field.

/** One record and the line of the file it starts on. */
export type CsvRecord = { line: number; cells: string[] };
/** `field` is the 0-based position of the field in its record. */
export type CsvProblem = { line: number; field: number; message: string };

/** Splits CSV text into records; stops at an unterminated quote, since nothing after it can be trusted. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
  };
  while (i < text.length) {
    if (text[i] === '"') {
      const openLine = line;
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          problems.push({ line: openLine, field: cells.length, message: 'unterminated quote: the value runs to the end of the file' });
          return { records, problems };
        }
        value += text.slice(i, close);
        line += countNewlines(text, i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        value += '"'; // "" is a quote inside a quoted value
        i++;
      }
      cells.push(value);
      if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r')
        problems.push({ line, field: cells.length - 1, message: 'text after the closing quote' });
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
      const value = text.slice(i, end);
      if (value.includes('"'))
        problems.push({ line, field: cells.length, message: 'a quote inside an unquoted value; quote the whole value and double the quote' });
      cells.push(value);
      i = end;
    }
    // Now at a separator, a line end or the end of the text.
    if (text[i] === ',') {
      i++;
      if (i === text.length) cells.push('');
    } else {
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      endRecord();
    }
  }
  if (cells.length) endRecord();
  return { records, problems };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}
