// Makes any stored text safe as an iCalendar TEXT value: RFC 5545 excludes control characters.

/**
 * Line breaks become "\n" (ical.js escapes those as `\n`); a bare CR or another control character
 * written raw would end the content line early in some readers and let a title forge a property.
 */
export function icsText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
