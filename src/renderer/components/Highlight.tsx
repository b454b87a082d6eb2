// Renders text with the matched search terms marked; text only, never HTML.
import { Fragment } from 'react';
import { foldTerm } from '../../core/search/documents';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folds text for matching while remembering where each folded unit came from in the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldTerm(ch);
    for (let i = 0; i < f.length; i += 1) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(offset);
  return { folded, origin };
}

export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  // Match on folded text so "selajev" marks "Šelajev".
  const { folded, origin } = foldWithMap(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'gu');
  const parts: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of folded.matchAll(pattern)) {
    const start = origin[match.index]!;
    const end = origin[match.index + match[0].length]!;
    if (start > last) parts.push({ text: text.slice(last, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
