// Turns a file's bytes into text the way XML and the web do: a byte-order mark wins, then an XML
// declaration's encoding, else UTF-8. Invalid bytes become U+FFFD and are counted, never fatal,
// so one bad byte in a 5 MB feed costs one character, not the feed.
import { TextDecoder } from 'node:util';

export interface DecodedDocument {
  text: string;
  encoding: string;
  /** How many replacement characters decoding introduced (0 for clean input). */
  invalidSequences: number;
}

function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The encoding an `<?xml … encoding="…"?>` declaration names, read as ASCII from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** U+FFFD the decoder introduced, not counting any the file itself contained (EF BF BD in UTF-8). */
function countReplacements(text: string, body: Uint8Array, encoding: string): number {
  const decoded = (text.match(/\uFFFD/g) ?? []).length;
  if (decoded === 0 || encoding !== 'utf-8') return decoded;
  let genuine = 0;
  for (let i = 0; i + 2 < body.length; i += 1) {
    if (body[i] === 0xef && body[i + 1] === 0xbf && body[i + 2] === 0xbd) genuine += 1;
  }
  return decoded - genuine;
}

export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  const bom = sniffBom(bytes);
  const encoding = bom?.encoding ?? declaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  } catch {
    // An encoding name the platform does not know: UTF-8 is the only sane guess.
    decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  }
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  const text = decoder.decode(body);
  return { text, encoding: decoder.encoding, invalidSequences: countReplacements(text, body, decoder.encoding) };
}
