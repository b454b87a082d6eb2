// Parses what people type into a search box: plain words, "quoted phrases" and -excluded words.
import { foldedWords } from './fold';

export interface ParsedQuery {
  /** Folded words every result must match (prefix and fuzzy), phrase words included. */
  words: string[];
  /** Folded phrases, each a list of words that must appear next to each other in one field. */
  phrases: string[][];
  /** Folded words or phrases (words joined by one space) no result may contain. */
  excluded: string[];
  /** The last word is still being typed (the input does not end in a space or a closing quote). */
  typing: boolean;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.excluded.length === 0;
}

/**
 * `kubernetes "platform engineering" -ai`: a quote opens a phrase up to the next quote (or the end,
 * while it is still being typed); a leading `-` excludes the word or phrase that follows it.
 */
export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [], typing: /[^\s"“”„]$/.test(input) };
  const pattern = /(-?)(?:["“”„]([^"“”„]*)["“”„]?|(\S+))/g;
  for (const match of input.matchAll(pattern)) {
    const negated = match[1] === '-';
    const quoted = match[2];
    const words = foldedWords(quoted ?? match[3] ?? '');
    if (words.length === 0) continue;
    if (negated) {
      parsed.excluded.push(...(quoted !== undefined && words.length > 1 ? [words.join(' ')] : words));
    } else {
      parsed.words.push(...words);
      if (quoted !== undefined && words.length > 1) parsed.phrases.push(words);
    }
  }
  return parsed;
}
