// Compares post text with sched URL slugs, which spell titles, names and companies in lower case
// without punctuation (Šelajev → selajev, Høgstedt → hogstedt, Slim.AI → slimai).
import { foldDiacritics } from '../text/normalize';

const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case letters and digits only, diacritics folded: what a slug keeps of a text. */
export function compact(text: string): string {
  const lower = text.toLowerCase();
  // Most words are plain ASCII: skip Unicode normalization for them.
  if (!/[^ -~]/.test(lower)) return lower.replace(/[^a-z0-9]/g, '');
  return foldDiacritics(lower)
    .replace(/[øæœßłđðþı]/g, (c) => LETTERS[c]!)
    .replace(/[^a-z0-9]/g, '');
}

/** What the slug says after the title (the speakers and companies), or null when it does not contain the title. */
export function slugAfterTitle(slug: string, title: string): string | null {
  const whole = compact(slug);
  const head = compact(title);
  if (!head) return null;
  const at = whole.indexOf(head);
  return at < 0 ? null : whole.slice(at + head.length);
}
