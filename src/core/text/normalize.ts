// Text keys for matching: case-, accent- and punctuation-insensitive.

// Most titles and names are plain ASCII, where NFKD and the Unicode classes change nothing: those
// take the cheap path (NFKD over every title and speaker was most of a 10k-session import's parse).
const NON_ASCII = /[\u0080-\uffff]/;

/** Strips diacritics (Šelajev → Selajev) so names match however they are typed. */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** A key two spellings of the same title or name share. */
export function matchKey(text: string): string {
  if (!NON_ASCII.test(text)) {
    // The same steps as below, restricted to ASCII: letters and digits are [a-z0-9] once lowercased.
    return text
      .toLowerCase()
      .replace(/['`"]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[’'`"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of white space and trims; empty becomes null. */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  // Same as replacing every \s+ run with a space, but a lone space (most of them) is no match:
  // replacing each one with itself made long descriptions several times slower.
  const cleaned = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
