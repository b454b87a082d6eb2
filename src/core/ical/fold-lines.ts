// RFC 5545 §3.1 line folding: CRLF line ends, content lines of at most 75 octets (continuations count
// their leading space), never splitting a UTF-8 character.

const MAX_OCTETS = 75;

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Undoes folding: a CRLF (or LF) followed by one space or tab joins the next line. */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= MAX_OCTETS && !/[^ -~\t]/.test(line)) return line;
  const parts: string[] = [];
  let start = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let size = 0;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const n = octets(codePoint);
    if (size + n > MAX_OCTETS) {
      parts.push(line.slice(start, i));
      start = i;
      size = 1;
    }
    size += n;
    i += width;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** Refolds a whole iCalendar text, ending every line (the last too) with CRLF. */
export function foldCalendar(text: string): string {
  return unfoldLines(text)
    .map(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}
