// Text keys for matching: case-, accent- and punctuation-insensitive.

/** Strips diacritics (Šelajev → Selajev) so names match however they are typed. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** A key two spellings of the same title or name share. */
export function matchKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[’'`"“”]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of white space and trims; empty becomes null. */
export function cleanText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
