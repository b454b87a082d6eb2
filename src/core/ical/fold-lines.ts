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
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Refolds a whole iCalendar text, ending every line (the last too) with CRLF. */
export function foldCalendar(text: string): string {
  return unfoldLines(text)
    .map(foldLine)
    .map((line) => `${line}\r\n`)
    .join('');
}
