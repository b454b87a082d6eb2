// Speakers a post names in a sentence on the line under a session link ("Vadim Bauer, Yan Wang and
// Orlin Vasilev - will be presenting this edition …"). Prose is mostly not about speakers ("Attendees
// will walk away with …"), and the text after one link runs on to the next, so the sentence counts
// only when it is the session's own next line, names people in full and agrees with the link's slug.
import type { SpeakerRef } from '../../shared/types';
import { compact, slugAfterTitle } from './slug-text';
import { speakersBefore } from './speaker-phrase';
import { isRole } from './speakers';

// Who a post says will learn, attend or join, and what it says will happen ("Demo Day will showcase"):
// capitalised at the start of a sentence, never speakers.
const NOT_PEOPLE =
  /^(?:attendees|participants|users|people|folks|everyone|viewers|audiences?|listeners|developers|operators|newcomers|beginners|visitors|members|teams?|you|we|they|days?|summit|track|labs?|booth|demos?|office|hours|meetups?|party|kiosk)$/i;
// "Jean-Luc", "O'Brien", "McKenna", "J. R.": a capital after each hyphen (not "Hands-on").
const NAME_WORD = /^\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*$/u;
const PARTICLE = /^(?:van|von|der|den|de|da|di|du|la|le|del|dos|das|bin|al|y|ter|ten|zu)$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A person named in full: two words or more that read as a name, or a name in CJK script. */
function isFullName(name: string): boolean {
  if (CJK.test(name)) return true;
  const words = name.split(/\s+/).filter((w) => !/^["“”'‘’(].*["“”'‘’)]$/.test(w));
  if (words.length < 2 || isRole(name) || words.some((w) => NOT_PEOPLE.test(w))) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && PARTICLE.test(w)));
}

/**
 * The speakers a sentence right under the link names, or null.
 * @param lines the session's lines after the link's own line, up to the next session link in the block
 * @param beforeNextLink the block has another session link after these lines: its last line leads in to that link
 * @param skip lines already read as the session's date or room
 */
export function speakersInProseBelow(
  lines: string[],
  beforeNextLink: boolean,
  skip: (line: string) => boolean,
  slug: string | null,
  title: string,
): SpeakerRef[] | null {
  const present = lines.filter(Boolean);
  const index = present.findIndex((l) => !skip(l));
  const line = present[index];
  // "Vadim will present <a>X</a><br>Yan will talk about <a>Y</a>": the line before the next link is Y's.
  if (!line || line.length >= 400 || (beforeNextLink && index === present.length - 1)) return null;
  const speakers = speakersBefore(line, null);
  if (!speakers || !speakers.every((s) => isFullName(s.name))) return null;
  // A slug that spells other speakers after the title shows the sentence is about another session.
  const after = slug ? slugAfterTitle(slug, title) : null;
  if (after && !after.startsWith(compact(speakers[0]!.name).slice(0, 4))) return null;
  return speakers;
}
