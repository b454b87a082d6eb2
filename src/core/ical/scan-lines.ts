// A line-numbered pass over an .ics text: unfolds content lines, checks BEGIN/END nesting, and cuts out
// each VEVENT with the line it starts on, so every problem can name its line (ical.js errors do not).
import type { IcsProblem } from '../../shared/agenda-types';

export interface NumberedLine {
  /** 1-based line in the file where the (possibly folded) content line starts. */
  line: number;
  text: string;
}

export interface ScannedEvent {
  line: number;
  lines: NumberedLine[];
}

export interface ScanResult {
  events: ScannedEvent[];
  /** A problem that makes the whole file unreadable; events is then empty. */
  fatal: IcsProblem | null;
}

export function numberedLines(text: string): NumberedLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const lines: NumberedLine[] = [];
  raw.forEach((value, index) => {
    const last = lines[lines.length - 1];
    if ((value.startsWith(' ') || value.startsWith('\t')) && last) last.text += value.slice(1);
    else if (value !== '') lines.push({ line: index + 1, text: value });
  });
  return lines;
}

/** Property name of a content line, upper-cased; null when the line has no name and colon. */
export function propertyName(text: string): string | null {
  const match = /^([A-Za-z0-9-]+)[;:]/.exec(text);
  return match && text.includes(':') ? match[1]!.toUpperCase() : null;
}

function valueOf(text: string): string {
  // The value starts after the first colon outside a quoted parameter value.
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return text.slice(i + 1);
  }
  return '';
}

export function scanCalendar(text: string): ScanResult {
  const lines = numberedLines(text);
  const first = lines[0];
  if (!first || first.text.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    return {
      events: [],
      fatal: { line: first?.line ?? 1, message: 'not an iCalendar file: it must start with BEGIN:VCALENDAR' },
    };
  }
  const stack: { name: string; line: number }[] = [];
  const events: ScannedEvent[] = [];
  let current: ScannedEvent | null = null;
  for (const entry of lines) {
    const name = propertyName(entry.text);
    if (name === null) {
      return {
        events: [],
        fatal: { line: entry.line, message: `not an iCalendar content line: "${entry.text.slice(0, 60)}"` },
      };
    }
    if (name === 'BEGIN') {
      const component = valueOf(entry.text).trim().toUpperCase();
      stack.push({ name: component, line: entry.line });
      if (component === 'VEVENT' && stack.length === 2) current = { line: entry.line, lines: [] };
    } else if (name === 'END') {
      const component = valueOf(entry.text).trim().toUpperCase();
      const open = stack.pop();
      if (!open || open.name !== component) {
        return {
          events: [],
          fatal: {
            line: entry.line,
            message: open
              ? `END:${component} does not close BEGIN:${open.name} from line ${open.line}`
              : `END:${component} without BEGIN`,
          },
        };
      }
      if (component === 'VEVENT' && current && stack.length === 1) {
        events.push(current);
        current = null;
        continue;
      }
    }
    current?.lines.push(entry);
  }
  const open = stack[stack.length - 1];
  if (open) return { events: [], fatal: { line: open.line, message: `BEGIN:${open.name} is never closed` } };
  return { events, fatal: null };
}

export { valueOf as contentValue };
