// The one XML parser set-up every feed kubeplan reads goes through (RSS and Atom posts, YouTube channel
// and playlist feeds): attributes kept as "@_name", no value guessing, and entities left to decodeXml,
// which decodes them in one native regex pass (the parser's own decoder walked every character of
// escaped HTML bodies and was most of the scrape time).
import { XMLParser, type X2jOptions } from 'fast-xml-parser';

export const CDATA = '#cdata';

/** A parser with the shared options; `arrays` are the element names always read as lists. */
export function feedXmlParser(arrays: readonly string[], extra: Partial<X2jOptions> = {}): XMLParser {
  const lists = new Set(arrays);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => lists.has(name),
    ...extra,
  });
}

const WINDOWS_1252 = new TextDecoder('windows-1252');
const XML_ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references, decoded in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeXml(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(XML_ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name]!;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // &#150; in a feed means what windows-1252 puts there (–), as HTML reads it, not a C1 control.
    if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252.decode(Uint8Array.of(code));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
