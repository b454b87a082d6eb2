// Tells a file's format from its first kilobyte, the way Giggity sniffs: feeds, iCal, Sessionize, frab, Pentabarf, CSV.
import type { DetectedFormat } from '../../shared/types';

const SNIFF_BYTES = 1024;

function rootElement(head: string): string | null {
  // Skip the XML declaration, comments, doctype and processing instructions before the root.
  // A DOCTYPE's internal subset ([…]) holds `>` of its own: skip it whole, or the root is missed.
  const stripped = head
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*\[[\s\S]*?\]\s*>|<![A-Z][^>]*>/gi, '')
    .trimStart();
  const match = /^<([A-Za-z_][\w:.-]*)/.exec(stripped);
  return match ? match[1]!.toLowerCase() : null;
}

export function detectFormat(text: string): DetectedFormat | null {
  const head = text
    .replace(/^\uFEFF/, '')
    .slice(0, SNIFF_BYTES)
    .trimStart();
  if (head === '') return null;
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ical';
  if (head.startsWith('<')) {
    const root = rootElement(head);
    // An HTML page goes to the feed reader too: it says "HTML page, not a feed" and names the page's feed link.
    if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'html') return 'feed';
    if (root === 'schedule') {
      // frab and pretalx write the c3voc schema (a <version> and per-event guids); Pentabarf and FOSDEM do not.
      return /c3voc|schema\.xsd|<event[^>]*\bguid=/.test(head) || !/fosdem|pentabarf/i.test(head)
        ? 'frab-xml'
        : 'pentabarf';
    }
    if (root === 'iCalendar' || root === 'icalendar') return 'ical';
    return null;
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"schedule"\s*:/.test(head) && /"conference"\s*:|"version"\s*:|"\$schema"/.test(head)) return 'frab-json';
    if (
      /"(startsAt|isServiceSession|groupId|groupName|categoryItems|fullName|firstName|questionAnswers)"\s*:/.test(head)
    )
      return 'sessionize';
    if (/"sessions"\s*:/.test(head)) return 'sessionize';
    return null;
  }
  const firstLine = head.split(/\r?\n/, 1)[0]!;
  if (/[,;\t]/.test(firstLine)) return 'csv';
  return null;
}
