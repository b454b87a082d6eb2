// Folds text for search: lower case, no diacritics, and the Latin letters Unicode does not decompose.

/** Letters NFKD leaves alone (Ł, Ø, ß…): folded by hand so `lach` finds Łach and `kobenhavn` finds København. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
};
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

const ASCII = /^[ -~]*$/;

/** Lower case without diacritics, so `selajev` finds Šelajev and `Šelajev` finds selajev. */
export function foldTerm(term: string): string {
  // Most words are plain printable ASCII: skip Unicode normalization, the costliest step of indexing.
  if (ASCII.test(term)) return term.toLowerCase();
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (ch) => UNDECOMPOSED[ch]!);
}

/** Splits text into words the way the index does (MiniSearch's default: spaces and punctuation). */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Split first, then fold each word: most words take foldTerm's ASCII fast path. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(WORD_SEPARATOR)) {
    if (word === '') continue;
    const folded = foldTerm(word);
    if (folded !== '') words.push(folded);
  }
  return words;
}
